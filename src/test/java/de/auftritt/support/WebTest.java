package de.auftritt.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Full-stack tests through MockMvc, with a helper to read the returned page as HTML. */
public abstract class WebTest extends FullStackTest {

    @Autowired
    protected MockMvc mvc;

    protected Document page(RequestBuilder request) throws Exception {
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
