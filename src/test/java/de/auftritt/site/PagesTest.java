package de.auftritt.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import de.auftritt.support.WebTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class PagesTest extends WebTest {

    static final RequestPostProcessor OWNER = user(ADMIN_USERNAME).roles("ADMIN");

    @Autowired
    PageRepository pages;

    @Test
    void aNewSiteHasAnIntroductionAndAnAboutPageWithFullMetadata() throws Exception {
        Document home = page(get("/"));
        assertThat(home.select("html").attr("lang")).isEqualTo("de");
        assertThat(home.select(".intro h1").text()).isNotBlank();
        assertThat(home.select("main, header, footer, nav")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(home.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(SITE_URL + "/");
        assertThat(home.select("meta[property=og:title]").attr("content")).isNotBlank();
        assertThat(home.select("meta[property=og:url]").attr("content")).isEqualTo(SITE_URL + "/");
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]")).hasSize(1);

        Document about = page(get("/about"));
        assertThat(about.select("h1").text()).isEqualTo("Über mich");
        assertThat(about.select("title").text()).startsWith("Über mich");
        assertThat(about.select("nav a[aria-current=page]").text()).isEqualTo("Über mich");
    }

    @Test
    void stylesheetsAreFingerprintedAndCachedForAYear() throws Exception {
        String href = page(get("/")).select("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
        mvc.perform(get(href))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Cache-Control", "max-age=31536000, public"));
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
    }

    @Test
    void theOwnerEditsTheIntroductionAndCreatesPages() throws Exception {
        Page home = pages.findBySlug(Page.HOME).orElseThrow();
        String intro = "Hallo, ich bin " + UUID.randomUUID();
        mvc.perform(post("/admin/pages/" + home.getId()).with(OWNER).with(csrf())
                .param("title", "Moin!").param("description", "").param("body", intro))
            .andExpect(status().is3xxRedirection());
        assertThat(page(get("/")).select(".intro").text()).contains("Moin!").contains(intro);
        assertThat(pages.findBySlug(Page.HOME)).isPresent();

        String slug = "impressum-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/pages").with(OWNER).with(csrf())
                .param("title", "Impressum").param("slug", slug).param("description", "Angaben").param("body", "# Anbieter"))
            .andExpect(status().is3xxRedirection());
        Document impressum = page(get("/" + slug));
        assertThat(impressum.select(".prose h1").text()).isEqualTo("Anbieter");
        assertThat(impressum.select("footer a[aria-current=page]").text()).isEqualTo("Impressum");
        assertThat(page(get("/blog")).select("footer a[href=/" + slug + "]").text()).isEqualTo("Impressum");

        Page created = pages.findBySlug(slug).orElseThrow();
        mvc.perform(post("/admin/pages/" + created.getId() + "/delete").with(OWNER).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + slug)).andExpect(status().isNotFound());
    }

    @Test
    void reservedAndTakenAddressesAreFormErrors() throws Exception {
        for (String slug : new String[] { "admin", "blog", "contact", "about" }) {
            Document form = org.jsoup.Jsoup.parse(mvc.perform(post("/admin/pages").with(OWNER).with(csrf())
                    .param("title", "Versuch").param("slug", slug).param("description", "").param("body", "x"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
            assertThat(form.select("#slug-error").text()).as(slug).isNotBlank();
        }
    }

    @Test
    void theHomeIntroductionCannotBeDeleted() throws Exception {
        Page home = pages.findBySlug(Page.HOME).orElseThrow();
        mvc.perform(get("/admin/pages/" + home.getId() + "/delete").with(OWNER)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/pages/" + home.getId() + "/delete").with(OWNER).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(pages.findBySlug(Page.HOME)).isPresent();
    }

    @Test
    void pageNumbersStartAtOneAndBadOnesAreNotFound() throws Exception {
        mvc.perform(get("/blog").param("page", "1")).andExpect(status().isOk());
        for (String bad : new String[] { "0", "-1", "abc", "1.5", "99999", "9999999999999" }) {
            mvc.perform(get("/blog").param("page", bad)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/blog/no-such-post")).andExpect(status().isNotFound());
        mvc.perform(get("/tags/no-such-tag")).andExpect(status().isNotFound());
        mvc.perform(get("/home")).andExpect(status().is3xxRedirection());
    }
}
