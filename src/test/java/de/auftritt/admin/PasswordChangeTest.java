package de.auftritt.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.auftritt.support.WebTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PasswordChangeTest extends WebTest {

    MockHttpServletRequestBuilder change(String current, String next, String confirm) {
        return post("/admin/password").with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf())
            .param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm);
    }

    Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theOwnerChangesThePasswordWithTheCurrentOne() throws Exception {
        Document wrong = refused(change("not the password", "a brand new password", "a brand new password"));
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("Das aktuelle Passwort ist falsch.");
        assertThat(wrong.select("input[type=password]")).allSatisfy(input -> assertThat(input.val()).isEmpty());

        assertThat(refused(change(ADMIN_PASSWORD, "kurz", "kurz")).select("#newPassword-error").text())
            .isEqualTo("Zwischen 12 und 200 Zeichen.");
        assertThat(refused(change(ADMIN_PASSWORD, "a brand new password", "another one entirely"))
            .select("#confirmPassword-error").text()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
        assertThat(login(ADMIN_PASSWORD)).as("nothing changed yet").isEqualTo("/admin");

        // Longer than bcrypt's 72 bytes, with umlauts: Argon2 takes it whole.
        String longPassword = "Über sieben Brücken musst du gehn, sieben dunkle Jahre überstehn, " + "ä".repeat(40);
        MockHttpSession here = loggedIn(ADMIN_PASSWORD);
        MockHttpSession elsewhere = loggedIn(ADMIN_PASSWORD);
        try {
            mvc.perform(post("/admin/password").session(here).with(csrf()).param("currentPassword", ADMIN_PASSWORD)
                    .param("newPassword", longPassword).param("confirmPassword", longPassword))
                .andExpect(redirectedUrl("/admin"));
            assertThat(login(ADMIN_PASSWORD)).isEqualTo("/login?error");
            assertThat(login(longPassword)).isEqualTo("/admin");
            assertThat(login(longPassword.substring(0, 72))).as("all of it counts").isEqualTo("/login?error");

            mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
            mvc.perform(get("/admin").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        }
        finally {
            // The other tests of this shared context log in with the configured password.
            mvc.perform(change(longPassword, ADMIN_PASSWORD, ADMIN_PASSWORD));
        }
        assertThat(login(ADMIN_PASSWORD)).isEqualTo("/admin");
    }

    private String login(String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", ADMIN_USERNAME).param("password", password))
            .andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpSession loggedIn(String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", ADMIN_USERNAME)
                .param("password", password))
            .andExpect(redirectedUrl("/admin"))
            .andReturn().getRequest().getSession(false);
    }
}
