package de.auftritt.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import de.auftritt.support.WebTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feed and the sitemap, parsed as XML (namespace-aware) and checked against the rules readers rely on. */
class FeedAndSitemapTest extends WebTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static final String TRICKY_TITLE = "Fish & Chips <b>\"lecker\"</b> ]]> 'Köln'";

    @Autowired
    PostService posts;

    String slug;

    @BeforeEach
    void post() {
        slug = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        posts.create(new PostData(TRICKY_TITLE, slug, "Summary & more", "Text mit <script>x</script> und **fett**",
                Set.of("essen"), PostStatus.PUBLISHED, null));
    }

    @Test
    void theFeedIsValidAtomWithEscapedTitlesAndAbsoluteLinks() throws Exception {
        byte[] body = mvc.perform(get("/feed.xml"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
            .andReturn().getResponse().getContentAsByteArray();
        Element feed = parse(body).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "id")).isEqualTo(SITE_URL + "/");
        assertThat(text(feed, "title")).isNotBlank();
        assertRfc3339(text(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo(SITE_URL + "/feed.xml");
        });

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSizeBetween(1, 20);
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            assertThat(ids.add(text(entry, "id"))).as("unique entry id").isTrue();
            assertThat(text(entry, "id")).startsWith(SITE_URL + "/blog/");
            assertThat(text(entry, "title")).isNotBlank();
            assertRfc3339(text(entry, "updated"));
            assertRfc3339(text(entry, "published"));
            assertThat(children(entry, "link").get(0).getAttribute("href")).startsWith("https://");
        }
        Element ours = entries.stream().filter(e -> text(e, "id").endsWith("/" + slug)).findFirst().orElseThrow();
        assertThat(text(ours, "title")).isEqualTo(TRICKY_TITLE);
        assertThat(children(ours, "content").get(0).getAttribute("type")).isEqualTo("html");
        assertThat(text(ours, "content")).contains("<strong>fett</strong>").doesNotContain("<script>");
        assertThat(children(ours, "category").get(0).getAttribute("term")).isEqualTo("essen");
    }

    @Test
    void theSitemapListsVisiblePostsAndPagesWithAbsoluteUrls() throws Exception {
        byte[] body = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        Element urlset = parse(body).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = children(urlset, "url").stream().map(url -> text(url, "loc")).toList();
        assertThat(locations).contains(SITE_URL + "/", SITE_URL + "/blog", SITE_URL + "/about",
                SITE_URL + "/blog/" + slug);
        assertThat(locations).allSatisfy(loc -> assertThat(loc).startsWith(SITE_URL + "/"));
    }

    @Test
    void robotsPointsAtTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
        assertThat(robots).contains("Sitemap: " + SITE_URL + "/sitemap.xml").contains("Disallow: /admin");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static void assertRfc3339(String value) {
        assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        OffsetDateTime.parse(value);
    }
}
