package de.auftritt.contact;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import de.auftritt.config.DateFormats;
import de.auftritt.security.SecurityConfig;
import de.auftritt.site.Navigation;
import de.auftritt.site.PageRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The contact form's web layer alone: binding, validation, messages, redirect; the service is a mock. */
@WebMvcTest(ContactController.class)
@Import({ DateFormats.class, SecurityConfig.class, Navigation.class })
class ContactControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContactService contact;

    @MockitoBean
    PageRepository pages;

    @Test
    void showsAnEmptyFormWithLabelledFields() throws Exception {
        mvc.perform(get("/contact"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<label for=\"email\">E-Mail-Adresse</label>")))
            .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aValidMessageIsStoredThenTheVisitorIsRedirected() throws Exception {
        mvc.perform(post("/contact").with(csrf())
                .param("name", "Erika Mustermann")
                .param("email", "erika@example.org")
                .param("subject", "Hallo")
                .param("message", "Schöne Seite!"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/contact/thanks"));
        verify(contact).receive(new ContactForm("Erika Mustermann", "erika@example.org", "Hallo", "Schöne Seite!"));
    }

    @Test
    void errorsAppearNextToTheirFieldsAndKeepWhatWasTyped() throws Exception {
        mvc.perform(post("/contact").with(csrf())
                .param("name", "Erika <b>")
                .param("email", "keine-adresse")
                .param("subject", "")
                .param("message", "x".repeat(5001)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrors("contactForm", "email", "subject", "message"))
            .andExpect(content().string(containsString("value=\"Erika &lt;b&gt;\"")))
            .andExpect(content().string(containsString("id=\"email-error\">Bitte eine gültige E-Mail-Adresse angeben.")))
            .andExpect(content().string(containsString("id=\"subject-error\">Bitte ausfüllen.")))
            .andExpect(content().string(containsString("id=\"message-error\">Höchstens 5000 Zeichen.")))
            .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        verify(contact, never()).receive(any());
    }

    @Test
    void addressesThatWouldSmuggleHeadersIntoAReplyAreRefused() throws Exception {
        for (String address : new String[] { "\"a?cc=evil@x.org\"@example.org", "a&body=x@example.org",
                "a?subject=x@example.org", "a b@example.org", "a%40b@example.org" }) {
            mvc.perform(post("/contact").with(csrf()).param("name", "Eve").param("email", address)
                    .param("subject", "Hallo").param("message", "Text"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("contactForm", "email"));
        }
        verify(contact, never()).receive(any());
    }

    @Test
    void missingFieldsAreValidationErrorsNotServerErrors() throws Exception {
        mvc.perform(post("/contact").with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(model().attributeHasFieldErrors("contactForm", "name", "email", "subject", "message"));
    }

    @Test
    void englishVisitorsGetEnglishMessages() throws Exception {
        mvc.perform(post("/contact").with(csrf()).header("Accept-Language", "en-GB,en;q=0.8")
                .param("name", "Jane").param("email", "jane@example.org").param("subject", "Hi").param("message", ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("Please fill this in.")))
            .andExpect(content().string(containsString("<html lang=\"en\">")));
    }
}
