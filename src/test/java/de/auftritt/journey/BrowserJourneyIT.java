package de.auftritt.journey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import javax.xml.parsers.DocumentBuilderFactory;

import de.auftritt.blog.Post;
import de.auftritt.blog.PostData;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostService;
import de.auftritt.blog.PostStatus;
import de.auftritt.contact.ContactMessage;
import de.auftritt.contact.ContactMessageRepository;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys of the site in a real, headless Chromium, against the whole application on a fresh SQLite
 * file: a visitor reads a post and writes a message; the owner logs in, reads it, writes and publishes a post with
 * a table and a German title; a visitor finds it on /blog, at its slug and in the feed; the language switch works.
 *
 * <p>The steps run in order and build on each other (one browser, one database), as one visit would. Screenshots
 * land in {@code target/journey/} for a person to look at.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

    /*
     * A port chosen up front rather than RANDOM_PORT: SITE_URL must be known when the application starts, so that
     * the feed's absolute links can be checked against the address the browser really uses.
     */
    private static final int PORT = freePort();

    private static final String BASE = "http://localhost:" + PORT;

    private static final String OWNER = "inhaberin";

    private static final String OWNER_PASSWORD = "Journey-Passwort-2026!";

    private static final String SEED_TITLE = "Brot backen mit System";

    private static final String SEED_SLUG = "brot-backen-mit-system";

    /** 10:30 in Berlin (CET, UTC+1), long enough ago to be published whenever the test runs. */
    private static final Instant SEED_PUBLISHED = Instant.parse("2025-03-14T09:30:00Z");

    private static final String SEED_BODY = """
            Mein Grundrezept, übersichtlich in einer Tabelle:

            | Zutat | Menge |
            | --- | ---: |
            | Mehl | 500 g |
            | Wasser | 300 ml |

            Viel Spaß beim Backen!
            """;

    private static final String NEW_TITLE = "Grüße aus Köln";

    private static final String NEW_SLUG = "gruesse-aus-koeln";

    private static final String NEW_BODY = """
            Viele Grüße vom Rhein! Die Etappen meiner Reise:

            | Tag | Ort | Kilometer |
            | --- | --- | ---: |
            | Montag | Köln | 0 |
            | Dienstag | Bonn | 28 |

            Bis bald.""";

    private static final String MESSAGE_TEXT = "Wie lange muss der Teig ruhen?\nViele Grüße, Erika";

    @TempDir
    static Path temp;

    static ChromeDriver browser;

    static WebDriverWait wait;

    @Autowired
    PostService postService;

    @Autowired
    PostRepository posts;

    @Autowired
    ContactMessageRepository messages;

    @DynamicPropertySource
    static void site(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("auftritt.site.url", () -> BASE);
        // A fresh folder for every run of the journey.
        registry.add("auftritt.data-dir", () -> createDirectory(temp.resolve("data")));
        registry.add("auftritt.admin.username", () -> OWNER);
        registry.add("auftritt.admin.password", () -> OWNER_PASSWORD);
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(temp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A strict CSP reports violations, and broken scripts report errors, on the console: there must be none. */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // A form shown again with its errors answers 422 on purpose; Chromium logs every 4xx document.
            boolean expected = entry.getMessage().startsWith(BASE + "/contact ")
                    && entry.getMessage().contains("status of 422");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    @Test
    @Order(1)
    void visitorFollowsTheHomePageToAPostAndReadsItsTable() {
        postService.create(new PostData(SEED_TITLE, SEED_SLUG, "Mein Grundrezept, übersichtlich in einer Tabelle.",
                SEED_BODY, Set.of("Backen"), PostStatus.PUBLISHED, SEED_PUBLISHED));

        open("/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.id("latest-title")).getText()).isEqualTo("Neueste Beiträge");
        HeadlessChromium.screenshot(browser, "01-home");

        browser.findElement(By.cssSelector("article.teaser h2 a")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/blog/" + SEED_SLUG));

        WebElement post = browser.findElement(By.cssSelector("article.post"));
        assertThat(browser.getTitle()).isEqualTo(SEED_TITLE + " · Auftritt");
        assertThat(post.findElement(By.tagName("h1")).getText()).isEqualTo(SEED_TITLE);
        WebElement date = post.findElement(By.cssSelector(".meta time"));
        assertThat(date.getText()).isEqualTo("14. März 2025");
        assertThat(OffsetDateTime.parse(date.getDomAttribute("datetime")).toInstant()).isEqualTo(SEED_PUBLISHED);
        assertThat(post.findElement(By.cssSelector(".meta")).getText()).contains("1 Minute Lesezeit");
        assertThat(post.findElement(By.cssSelector(".meta a.tag")).getDomAttribute("href"))
            .isEqualTo("/tags/Backen");

        WebElement table = post.findElement(By.cssSelector(".prose table"));
        assertThat(texts(table, "thead th")).containsExactly("Zutat", "Menge");
        assertThat(texts(table, "tbody tr:first-child td")).containsExactly("Mehl", "500 g");
        assertThat(texts(table, "tbody tr:last-child td")).containsExactly("Wasser", "300 ml");
        HeadlessChromium.screenshot(browser, "02-post");
    }

    @Test
    @Order(2)
    void visitorSeesFieldErrorsThenSendsAMessage() {
        browser.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Kontakt")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/contact"));

        // The inputs are `required` (and the email is type=email), so Chromium would stop an invalid form before it
        // is sent. The server's own validation is what protects the site and what visitors without such a browser
        // see, so browser validation is switched off for exactly these two submissions.
        submitWithoutBrowserValidation();
        for (String field : List.of("name", "email", "subject", "message")) {
            assertFieldError(field, "Bitte ausfüllen.");
        }
        assertThat(browser.findElement(By.cssSelector("form .notice-error")).getText())
            .isEqualTo("Bitte prüfen Sie die markierten Felder.");

        input("name").sendKeys("Erika Mustermann");
        input("email").sendKeys("erika.example.org");
        input("message").sendKeys(MESSAGE_TEXT);
        submitWithoutBrowserValidation();
        assertFieldError("email", "Bitte eine gültige E-Mail-Adresse angeben.");
        assertFieldError("subject", "Bitte ausfüllen.");
        assertThat(browser.findElements(By.cssSelector(".has-error"))).hasSize(2);
        assertThat(input("name").getDomProperty("value")).isEqualTo("Erika Mustermann");
        assertThat(input("email").getDomProperty("value")).isEqualTo("erika.example.org");
        assertThat(input("message").getDomProperty("value")).isEqualTo(MESSAGE_TEXT);
        HeadlessChromium.screenshot(browser, "03-contact-errors");

        input("email").clear();
        input("email").sendKeys("erika@example.org");
        input("subject").sendKeys("Frage zum Brotrezept");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/contact/thanks"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vielen Dank!");

        List<ContactMessage> stored = messages.findAll();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getEmail()).isEqualTo("erika@example.org");
    }

    @Test
    @Order(3)
    void ownerLogsInAndReadsTheMessage() {
        open("/admin");
        wait.until(ExpectedConditions.urlToBe(BASE + "/login"));
        input("username").sendKeys(OWNER);
        input("password").sendKeys(OWNER_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/admin"));

        WebElement inboxLink = browser.findElement(By.cssSelector("nav.site-nav a[href='/admin/messages']"));
        assertThat(inboxLink.findElement(By.id("unread-count")).getText()).isEqualTo("1");
        assertThat(inboxLink.getDomProperty("textContent")).contains("1 ungelesene Nachricht");
        inboxLink.click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/admin/messages"));

        WebElement row = browser.findElement(By.cssSelector("table.inbox tbody tr"));
        assertThat(row.getDomAttribute("class")).contains("unread");
        assertThat(row.getText()).contains("Erika Mustermann", "Neu", "Frage zum Brotrezept");
        HeadlessChromium.screenshot(browser, "04-admin-inbox");

        row.findElement(By.partialLinkText("Frage zum Brotrezept")).click();
        wait.until(ExpectedConditions.urlMatches("/admin/messages/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Frage zum Brotrezept");
        assertThat(browser.findElement(By.cssSelector(".message-body")).getText()).isEqualTo(MESSAGE_TEXT);
        assertThat(browser.findElement(By.cssSelector(".message-meta a")).getDomAttribute("href"))
            .isEqualTo("mailto:erika@example.org");
        assertThat(browser.findElements(By.id("unread-count"))).as("unread badge after opening").isEmpty();

        browser.findElement(By.linkText("Zurück zur Liste")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/admin/messages"));
        assertThat(browser.findElement(By.cssSelector("table.inbox tbody tr")).getDomAttribute("class"))
            .contains("read")
            .doesNotContain("unread");
        assertThat(browser.findElements(By.id("unread-count"))).isEmpty();
    }

    @Test
    @Order(4)
    void ownerPreviewsAndPublishesAPostWithAGermanTitle() {
        browser.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Beiträge")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/admin/posts"));
        browser.findElement(By.linkText("Neuer Beitrag")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/admin/posts/new"));

        input("title").sendKeys(NEW_TITLE);
        input("body").sendKeys(NEW_BODY);
        input("tags").sendKeys("Reisen, Köln");
        new Select(input("status")).selectByVisibleText("Veröffentlichen");
        assertThat(input("slug").getDomProperty("value")).isEmpty();
        assertThat(input("publishAt").getDomProperty("value")).isEmpty();

        browser.findElement(By.cssSelector("button[name=action][value=preview]")).click();
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.preview")));
        WebElement table = preview.findElement(By.cssSelector(".prose table"));
        assertThat(texts(table, "thead th")).containsExactly("Tag", "Ort", "Kilometer");
        assertThat(texts(table, "tbody tr:last-child td")).containsExactly("Dienstag", "Bonn", "28");
        assertThat(input("title").getDomProperty("value")).isEqualTo(NEW_TITLE);
        assertThat(input("body").getDomProperty("value")).isEqualTo(NEW_BODY);
        assertThat(new Select(input("status")).getFirstSelectedOption().getDomAttribute("value"))
            .isEqualTo("PUBLISHED");
        assertThat(posts.existsBySlug(NEW_SLUG)).as("saved by the preview").isFalse();
        HeadlessChromium.screenshot(browser, "05-admin-preview");

        browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
        wait.until(ExpectedConditions.urlMatches("/admin/posts/\\d+/edit$"));
        assertThat(browser.findElement(By.cssSelector(".notice-success")).getText())
            .isEqualTo("Der Beitrag wurde angelegt.");
        assertThat(input("slug").getDomProperty("value")).isEqualTo(NEW_SLUG);
        Post saved = posts.findBySlug(NEW_SLUG).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(NEW_TITLE);
        assertThat(saved.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(saved.getTags()).containsExactlyInAnyOrder("Köln", "Reisen");
    }

    @Test
    @Order(5)
    void visitorFindsTheNewPostOnTheBlogAtItsSlugAndInTheFeed() throws Exception {
        browser.findElement(By.cssSelector("nav.site-nav form button")).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/login?logout"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("Sie sind abgemeldet.");

        open("/blog");
        assertThat(texts(browser.findElement(By.tagName("main")), "article.teaser h2"))
            .containsExactly(NEW_TITLE, SEED_TITLE);
        browser.findElement(By.linkText(NEW_TITLE)).click();
        wait.until(ExpectedConditions.urlToBe(BASE + "/blog/" + NEW_SLUG));

        WebElement post = browser.findElement(By.cssSelector("article.post"));
        assertThat(post.findElement(By.tagName("h1")).getText()).isEqualTo(NEW_TITLE);
        Instant published = OffsetDateTime.parse(post.findElement(By.cssSelector(".meta time"))
            .getDomAttribute("datetime")).toInstant();
        assertThat(published).isBetween(Instant.now().minus(Duration.ofMinutes(10)), Instant.now());
        assertThat(texts(post, ".meta a.tag")).containsExactly("Köln", "Reisen");
        WebElement table = post.findElement(By.cssSelector(".prose table"));
        assertThat(texts(table, "tbody tr:first-child td")).containsExactly("Montag", "Köln", "0");
        assertThat(browser.findElement(By.cssSelector("a[rel=prev]")).getText()).contains(SEED_TITLE);
        HeadlessChromium.screenshot(browser, "06-new-post");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.post .prose table")));
            Number pageWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
            Number viewportWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth;");
            assertThat(pageWidth.intValue()).as("page width on a phone (no sideways scrolling)")
                .isLessThanOrEqualTo(viewportWidth.intValue());
            HeadlessChromium.screenshot(browser, "07-new-post-phone");
        }
        finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(BASE + "/feed.xml")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        Element entry = feedEntries(response.body()).get(0);
        assertThat(child(entry, "title").getTextContent()).isEqualTo(NEW_TITLE);
        assertThat(child(entry, "id").getTextContent()).isEqualTo(BASE + "/blog/" + NEW_SLUG);
        assertThat(child(entry, "link").getAttribute("href")).isEqualTo(BASE + "/blog/" + NEW_SLUG);
        assertThat(child(entry, "content").getTextContent()).contains("<table>", "<td>Bonn</td>");
    }

    @Test
    @Order(6)
    void theLanguageSwitchShowsTheSiteInEnglish() {
        open("/blog/" + NEW_SLUG);
        browser.findElement(By.cssSelector("nav.lang-switch")).findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(texts(browser.findElement(By.tagName("header")), "nav.site-nav a"))
            .containsExactly("Blog", "About", "Contact");
        assertThat(browser.findElement(By.cssSelector("article.post .meta")).getText()).contains("1 minute read");

        // The choice is kept (in a cookie): the next page, without ?lang, is English too.
        open("/");
        assertThat(browser.findElement(By.id("latest-title")).getText()).isEqualTo("Latest posts");
        HeadlessChromium.screenshot(browser, "08-home-english");
    }

    private static void open(String path) {
        browser.get(BASE + path);
    }

    private static WebElement input(String name) {
        return browser.findElement(By.name(name));
    }

    private static List<String> texts(WebElement scope, String css) {
        return scope.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void submitWithoutBrowserValidation() {
        WebElement form = browser.findElement(By.cssSelector("main form"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].noValidate = true;", form);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main form .notice-error")));
    }

    /** The error stands beside its own field, is tied to the input for screen readers, and says what is wrong. */
    private static void assertFieldError(String name, String message) {
        WebElement input = input(name);
        WebElement field = input.findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
        assertThat(field.getDomAttribute("class")).contains("has-error");
        WebElement error = field.findElement(By.id(name + "-error"));
        assertThat(error.getText()).isEqualTo(message);
        assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).contains(name + "-error");
    }

    private static List<Element> feedEntries(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList nodes = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        assertThat(entries).as("feed entries, newest first").hasSize(2);
        assertThat(child(entries.get(1), "title").getTextContent()).isEqualTo(SEED_TITLE);
        return entries;
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        assertThat(nodes.getLength()).as("<%s> in the entry", name).isGreaterThan(0);
        return (Element) nodes.item(0);
    }

    private static String createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir).toString();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException("no free port for the application", ex);
        }
    }
}
