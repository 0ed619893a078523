package de.auftritt.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import de.auftritt.support.WebTest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** From the visitor's form to the owner's inbox, through the real database. */
class ContactAndInboxTest extends WebTest {

    static final RequestPostProcessor OWNER = user(ADMIN_USERNAME).roles("ADMIN");

    @Autowired
    ContactMessageRepository messages;

    @Test
    void aMessageSentIsStoredAndReadInTheInbox() throws Exception {
        String subject = "Anfrage " + UUID.randomUUID();
        mvc.perform(post("/contact").with(csrf())
                .param("name", "Max Mustermann").param("email", "max@example.org")
                .param("subject", subject).param("message", "Zeile 1\nZeile 2 <script>alert(1)</script>"))
            .andExpect(redirectedUrl("/contact/thanks"));
        assertThat(page(get("/contact/thanks")).select("h1").text()).isEqualTo("Vielen Dank!");

        ContactMessage stored = messages.findAll().stream().filter(m -> m.getSubject().equals(subject))
            .findFirst().orElseThrow();
        assertThat(stored.isRead()).isFalse();
        assertThat(stored.getMessage()).isEqualTo("Zeile 1\nZeile 2 <script>alert(1)</script>");

        Document inbox = page(get("/admin/messages").with(OWNER));
        assertThat(inbox.select("tr.unread").text()).contains(subject);
        int unread = Integer.parseInt(inbox.select("#unread-count").text());
        assertThat(unread).isPositive();

        Document opened = page(get("/admin/messages/" + stored.getId()).with(OWNER));
        assertThat(opened.select("h1").text()).isEqualTo(subject);
        assertThat(opened.select(".message-body").text()).contains("<script>alert(1)</script>");
        assertThat(opened.select(".message-body script")).isEmpty();
        assertThat(messages.findById(stored.getId()).orElseThrow().isRead()).isTrue();
        assertThat(opened.select("#unread-count").text()).isEqualTo(unread > 1 ? String.valueOf(unread - 1) : "");

        mvc.perform(post("/admin/messages/" + stored.getId() + "/unread").with(OWNER).with(csrf()))
            .andExpect(redirectedUrl("/admin/messages"));
        assertThat(messages.findById(stored.getId()).orElseThrow().isRead()).isFalse();

        Document confirm = page(get("/admin/messages/" + stored.getId() + "/delete").with(OWNER));
        assertThat(confirm.select("p").text()).contains(subject);
        mvc.perform(post("/admin/messages/" + stored.getId() + "/delete").with(OWNER).with(csrf()))
            .andExpect(redirectedUrl("/admin/messages"));
        assertThat(messages.findById(stored.getId())).isEmpty();
        mvc.perform(get("/admin/messages/" + stored.getId()).with(OWNER)).andExpect(status().isNotFound());
    }

    @Test
    void aMessageWithoutCsrfTokenIsRefusedAndNotStored() throws Exception {
        long before = messages.count();
        mvc.perform(post("/contact").param("name", "x").param("email", "x@example.org").param("subject", "x")
                .param("message", "x"))
            .andExpect(status().isForbidden());
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void tooLongInputIsRefusedWithAMessageAndNotStored() throws Exception {
        long before = messages.count();
        Document form = org.jsoup.Jsoup.parse(mvc.perform(post("/contact").with(csrf())
                .param("name", "n".repeat(101)).param("email", "x@example.org").param("subject", "s".repeat(201))
                .param("message", "m"))
            .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#name-error").text()).isEqualTo("Höchstens 100 Zeichen.");
        assertThat(form.select("#subject-error").text()).isEqualTo("Höchstens 200 Zeichen.");
        assertThat(messages.count()).isEqualTo(before);
    }
}
