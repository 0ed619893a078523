package de.auftritt.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.auftritt.blog.Post;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostStatus;
import de.auftritt.support.WebTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class AdminPostFlowTest extends WebTest {

    static final RequestPostProcessor OWNER = user(ADMIN_USERNAME).roles("ADMIN");

    @Autowired
    PostRepository posts;

    String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete form submission; pairs of name and value replace the defaults. */
    MockHttpServletRequestBuilder newPost(String title, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", "");
        fields.put("summary", "");
        fields.put("body", "Hallo **Welt**.\n\n| A | B |\n|---|---|\n| 1 | 2 |");
        fields.put("tags", "Reisen, köln, Reisen");
        fields.put("status", "PUBLISHED");
        fields.put("publishAt", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/posts").with(OWNER).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theFormIsAtPostsNewAndSubmitsToPosts() throws Exception {
        Document form = page(get("/admin/posts/new").with(OWNER));
        assertThat(form.select("form[action=/admin/posts][method=post]")).hasSize(1);
        assertThat(form.select("form[action=/admin/posts] input[name=_csrf]")).hasSize(1);
        assertThat(form.select("#title, #slug, #summary, #body, #tags, #status, #publishAt")).hasSize(7);
    }

    @Test
    void aNewPostGetsItsSlugFromTheGermanTitleAndIsRenderedOnSave() throws Exception {
        String marker = unique();
        mvc.perform(newPost("Grüße aus Köln " + marker)).andExpect(status().is3xxRedirection());

        Post post = posts.findBySlug("gruesse-aus-koeln-" + marker).orElseThrow();
        assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.getBodyHtml()).contains("<strong>Welt</strong>").contains("<table>");
        assertThat(post.getSummary()).isEqualTo("Hallo Welt.");
        assertThat(post.getTags()).containsExactly("Reisen", "köln");
        assertThat(post.getPublishAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());

        Document shown = page(get("/blog/gruesse-aus-koeln-" + marker));
        assertThat(shown.select("h1").text()).isEqualTo("Grüße aus Köln " + marker);
        assertThat(shown.select(".prose table td")).extracting(e -> e.text()).containsExactly("1", "2");
        assertThat(shown.select("a[rel=tag]")).extracting(e -> e.attr("href"))
            .containsExactly("/tags/Reisen", "/tags/k%C3%B6ln");
        assertThat(shown.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(shown.select("link[rel=canonical]").attr("href"))
            .isEqualTo(SITE_URL + "/blog/gruesse-aus-koeln-" + marker);
        assertThat(page(get("/tags/köln")).select("h2 a").eachText()).contains("Grüße aus Köln " + marker);
    }

    @Test
    void aTakenSlugIsAnErrorOnTheFormNotAServerError() throws Exception {
        String marker = unique();
        mvc.perform(newPost("Doppelt " + marker)).andExpect(status().is3xxRedirection());
        Document again = Jsoup(mvc.perform(newPost("Doppelt " + marker))
            .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#slug-error").text()).isEqualTo("Diese Adresse ist schon vergeben.");
        assertThat(again.select("#title").val()).isEqualTo("Doppelt " + marker);
        assertThat(posts.findAll().stream().filter(p -> p.getTitle().equals("Doppelt " + marker))).hasSize(1);
    }

    @Test
    void invalidInputIsExplainedFieldByField() throws Exception {
        Document form = Jsoup(mvc.perform(post("/admin/posts").with(OWNER).with(csrf())
                .param("title", "").param("slug", "Nicht Gültig").param("body", "")
                .param("tags", "a".repeat(51)).param("status", "LIVE").param("publishAt", "morgen"))
            .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#title-error").text()).isEqualTo("Bitte ausfüllen.");
        assertThat(form.select("#slug-error").text()).startsWith("Nur Kleinbuchstaben");
        assertThat(form.select("#body-error").text()).isEqualTo("Bitte ausfüllen.");
        assertThat(form.select("#tags-error").text()).startsWith("Höchstens 10 Schlagwörter");
        assertThat(form.select("#publishAt-error").text()).isNotEmpty();
        assertThat(form.select("[role=alert]").text()).isEqualTo("Bitte prüfen Sie die markierten Felder.");

        for (String tags : new String[] { "a/b", "..", "<script>", "ok, -leading" }) {
            Document badTags = Jsoup(mvc.perform(newPost("Tags " + unique(), "tags", tags))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
            assertThat(badTags.select("#tags-error").text()).as(tags).startsWith("Höchstens 10 Schlagwörter");
        }
        mvc.perform(newPost("Gute Tags " + unique(), "tags", "C#, C++, Spring Boot 4.0, Grüße"))
            .andExpect(status().is3xxRedirection());

        Document badDate = Jsoup(mvc.perform(newPost("Datum " + unique(), "publishAt", "2026-02-30T10:00"))
            .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(badDate.select("#publishAt-error").text()).isEqualTo("Bitte ein gültiges Datum mit Uhrzeit angeben.");
    }

    @Test
    void previewRendersWithoutSaving() throws Exception {
        String marker = unique();
        Document preview = page(newPost("Vorschau " + marker, "action", "preview",
                "body", "## Zwischentitel\n\n<script>alert(1)</script>\n\n| x |\n|---|\n| y |"));
        assertThat(preview.select(".preview .prose h2").text()).isEqualTo("Zwischentitel");
        assertThat(preview.select(".preview script")).isEmpty();
        assertThat(preview.select("#title").val()).isEqualTo("Vorschau " + marker);
        assertThat(posts.findAll()).noneMatch(p -> p.getTitle().equals("Vorschau " + marker));
    }

    @Test
    void aFuturePublishTimeSchedulesThePostAndDraftsStayHidden() throws Exception {
        String scheduled = "geplant-" + unique();
        String draft = "entwurf-" + unique();
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(newPost("Geplant", "slug", scheduled, "publishAt", tomorrow.toString(), "tags", "zukunft"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(newPost("Entwurf", "slug", draft, "status", "DRAFT", "tags", "zukunft"))
            .andExpect(status().is3xxRedirection());

        assertThat(posts.findBySlug(scheduled).orElseThrow().getPublishAt())
            .isEqualTo(tomorrow.atZone(ZoneId.of("Europe/Berlin")).toInstant());
        for (String slug : new String[] { scheduled, draft }) {
            mvc.perform(get("/blog/" + slug)).andExpect(status().isNotFound());
            assertThat(mvc.perform(get("/blog")).andReturn().getResponse().getContentAsString()).doesNotContain(slug);
            assertThat(mvc.perform(get("/feed.xml")).andReturn().getResponse().getContentAsString()).doesNotContain(slug);
            assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).doesNotContain(slug);
        }
        mvc.perform(get("/tags/zukunft")).andExpect(status().isNotFound());

        Document list = page(get("/admin/posts").with(OWNER).param("status", "SCHEDULED"));
        assertThat(list.select("tbody tr td:first-child").eachText()).contains("Geplant");
        Document dashboard = page(get("/admin").with(OWNER));
        assertThat(Integer.parseInt(dashboard.select("#count-scheduled").text())).isPositive();
        assertThat(Integer.parseInt(dashboard.select("#count-drafts").text())).isPositive();
    }

    @Test
    void editAndDeleteWithConfirmation() throws Exception {
        String slug = "bearbeiten-" + unique();
        mvc.perform(newPost("Vorher", "slug", slug)).andExpect(status().is3xxRedirection());
        Post post = posts.findBySlug(slug).orElseThrow();

        Document edit = page(get("/admin/posts/" + post.getId() + "/edit").with(OWNER));
        assertThat(edit.select("#title").val()).isEqualTo("Vorher");
        assertThat(edit.select("#summary").val()).as("a summary made from the text follows later edits").isEmpty();
        assertThat(edit.select("#publishAt").val()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

        mvc.perform(post("/admin/posts/" + post.getId()).with(OWNER).with(csrf())
                .param("title", "Nachher").param("slug", slug).param("summary", "Neu").param("body", "Neuer Text")
                .param("tags", "").param("status", "PUBLISHED").param("publishAt", edit.select("#publishAt").val()))
            .andExpect(status().is3xxRedirection());
        Document edited = page(get("/blog/" + slug));
        assertThat(edited.select("h1").text()).isEqualTo("Nachher");
        assertThat(edited.select("meta[name=description]").attr("content")).isEqualTo("Neu");

        Document confirm = page(get("/admin/posts/" + post.getId() + "/delete").with(OWNER));
        assertThat(confirm.select("main form[method=post] button").text()).isEqualTo("Endgültig löschen");
        mvc.perform(post("/admin/posts/" + post.getId() + "/delete").with(OWNER).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/blog/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/posts/" + post.getId() + "/edit").with(OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void theListSearchesTitles() throws Exception {
        String marker = unique();
        mvc.perform(newPost("Suchbar " + marker)).andExpect(status().is3xxRedirection());
        Document found = page(get("/admin/posts").with(OWNER).param("q", marker.toUpperCase()));
        assertThat(found.select("tbody tr")).hasSize(1);
        assertThat(page(get("/admin/posts").with(OWNER).param("q", "%_")).select("tbody tr")).isEmpty();
        mvc.perform(get("/admin/posts").with(OWNER).param("page", "abc")).andExpect(status().isNotFound());
    }

    private static Document Jsoup(String html) {
        return org.jsoup.Jsoup.parse(html);
    }
}
