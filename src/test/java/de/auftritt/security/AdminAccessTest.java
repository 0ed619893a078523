package de.auftritt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import de.auftritt.support.WebTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class AdminAccessTest extends WebTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every admin route the application really has, read from Spring MVC, with ids filled in. */
    List<Route> adminRoutes() {
        return mappings.getHandlerMethods().keySet().stream()
            .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream()
                .filter(path -> path.startsWith("/admin"))
                .flatMap(path -> (info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods())
                    .stream()
                    .map(method -> new Route(method.asHttpMethod(), path.replace("{id}", "1")))))
            .toList();
    }

    record Route(HttpMethod method, String path) {
    }

    @Test
    void theAdminAreaHasTheRoutesWeExpectToGuard() {
        assertThat(adminRoutes()).extracting(Route::path)
            .contains("/admin", "/admin/posts", "/admin/posts/new", "/admin/posts/1/edit", "/admin/pages",
                    "/admin/messages", "/admin/messages/1", "/admin/password")
            .hasSizeGreaterThan(20);
    }

    @Test
    void everyAdminRouteSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        for (Route route : adminRoutes()) {
            MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .request(route.method(), route.path()).with(csrf()))
                .andReturn();
            assertThat(result.getResponse().getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(route.toString()).endsWith("/login");
        }
    }

    @Test
    void everyAdminPostWithoutCsrfTokenIsRefusedEvenWhenLoggedIn() throws Exception {
        for (Route route : adminRoutes()) {
            if (route.method() == HttpMethod.POST) {
                mvc.perform(post(route.path()).with(user(ADMIN_USERNAME).roles("ADMIN")))
                    .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void theOwnerLogsInWithTheConfiguredPasswordAndOut() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf())
                .param("username", ADMIN_USERNAME).param("password", ADMIN_PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin"))
            .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).session(session))
            .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/admin").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", ADMIN_USERNAME).param("password", "wrong"))
            .andExpect(redirectedUrl("/login?error"));
        assertThat(page(get("/login").param("error", "")).select("[role=alert]").text())
            .isEqualTo("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", ADMIN_USERNAME).param("password", ADMIN_PASSWORD))
            .andExpect(status().isForbidden());
    }

    @Test
    void theActuatorShowsOnlyHealth() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(user(ADMIN_USERNAME).roles("ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
            .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
