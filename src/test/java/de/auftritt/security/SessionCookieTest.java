package de.auftritt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.auftritt.support.FullStackTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as the real Tomcat sends it: HttpOnly and SameSite=Lax always, Secure when the request came
 * over HTTPS, which behind nginx means {@code X-Forwarded-Proto: https} from a trusted proxy (loopback here).
 * Redirects keep the public scheme and host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest extends FullStackTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndLaxButNotSecure() throws Exception {
        HttpResponse<String> response = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax")
            .doesNotContain("Secure");
    }

    @Test
    void behindTheTlsProxyTheCookieIsSecureAndRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> login = http.send(request("/login")
            .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "www.example.org")
            .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");

        HttpResponse<String> admin = http.send(request("/admin")
            .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "www.example.org").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(302);
        String location = admin.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create("https://www.example.org/admin").resolve(location))
            .isEqualTo(URI.create("https://www.example.org/login"));
        assertThat(location).doesNotStartWith("http:");
    }

    @Test
    void theUrlNeverCarriesTheSessionId() throws Exception {
        HttpResponse<String> response = http.send(request("/contact").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("jsessionid");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html");
    }
}
