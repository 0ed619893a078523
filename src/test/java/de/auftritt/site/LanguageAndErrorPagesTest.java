package de.auftritt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.auftritt.support.FullStackTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Language choice and the error pages, on the real server: error pages are rendered by the servlet container's
 * error dispatch, which MockMvc does not run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LanguageAndErrorPagesTest.Failing.class)
class LanguageAndErrorPagesTest extends FullStackTest {

    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/html,application/xhtml+xml");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void germanByDefaultEnglishByBrowserOrChoice() throws Exception {
        Document german = Jsoup.parse(fetch("/blog").body());
        assertThat(german.select("html").attr("lang")).isEqualTo("de");
        assertThat(german.select(".site-nav").text()).contains("Kontakt");
        assertThat(german.select(".lang-switch a[hreflang=en]").attr("href")).isEqualTo("/blog?lang=en");

        Document english = Jsoup.parse(fetch("/blog", "Accept-Language", "en-US,en;q=0.9").body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select(".site-nav").text()).contains("Contact");

        HttpResponse<String> chosen = fetch("/blog?lang=en");
        assertThat(Jsoup.parse(chosen.body()).select(".site-nav").text()).contains("Contact");
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=en");
        Document remembered = Jsoup.parse(fetch("/contact", "Cookie", cookie.split(";")[0]).body());
        assertThat(remembered.select("h1").text()).isEqualTo("Contact");

        Document unsupported = Jsoup.parse(fetch("/blog", "Accept-Language", "fr-FR,fr;q=0.9").body());
        assertThat(unsupported.select("html").attr("lang")).isEqualTo("de");

        HttpResponse<String> french = fetch("/blog?lang=fr");
        assertThat(Jsoup.parse(french.body()).select("html").attr("lang")).isEqualTo("de");
        assertThat(french.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void notFoundIsAPageInTheSiteLayout() throws Exception {
        HttpResponse<String> response = fetch("/gibt-es-nicht");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(page.select("header.site-header nav")).isNotEmpty();
        assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
        assertThat(page.select(".lang-switch a[hreflang=en]").attr("href")).isEqualTo("/gibt-es-nicht?lang=en");
    }

    @Test
    void aMissingCsrfTokenIsAForbiddenPageInTheSiteLayout() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/contact"))
            .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Kein Zugriff");
    }

    @Test
    void aServerErrorShowsNoStackTraceAndNoWhitelabelPage() throws Exception {
        HttpResponse<String> response = fetch("/test-only/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException")
            .doesNotContain("Whitelabel").doesNotContain("at de.auftritt");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Ein Fehler ist aufgetreten");

        HttpResponse<String> json = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/test-only/failure")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.body()).doesNotContain("secret internal detail").doesNotContain("trace");
    }

    @Test
    void malformedRequestsAreClientErrorsInTheSiteLayout() throws Exception {
        for (String path : new String[] { "/blog/%C0%AF%00", "/tags/%C0%AF", "/admin%2fposts", "/blog?page[]=1" }) {
            HttpResponse<String> refused = fetch(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("h1").text()).as(path).isEqualTo("Fehlerhafte Anfrage");
        }
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/contact"))
            .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("message=" + "x".repeat(2 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLarge.body()).select("h1").text()).isEqualTo("Fehlerhafte Anfrage");
        HttpResponse<String> badMethod = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/blog"))
            .header("Accept", "text/html").method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badMethod.statusCode()).isBetween(400, 499);
        assertThat(badMethod.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
