package de.auftritt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production stack end to end: the real {@code docker-compose.yml} (app, nginx, certbot) plus
 * {@code src/test/compose/compose.pebble.yml}, which adds Pebble as the ACME server. Certbot gets its certificate
 * by real HTTP-01 validation: Pebble resolves the test domain to nginx through a network alias and fetches the
 * challenge file that nginx serves from the webroot shared with certbot.
 *
 * <p>It follows the README's production steps in a copy of the working tree (so a developer's own {@code .env}
 * is never touched): {@code cp .env.example .env}, edit {@code .env}, {@code docker compose up -d --build}. The
 * override and the project name come from {@code COMPOSE_FILE} and {@code COMPOSE_PROJECT_NAME}, so the command
 * line is the README's. All traffic goes to ports published on 127.0.0.1.
 *
 * <p>Skipped, with a message, where no Docker engine with Compose v2 answers; with {@code CI=true} that fails
 * instead, because CI installs one ({@code .ci/run}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStackIT {

    private static final String DOMAIN = "auftritt.test";

    private static final int HTTP_PORT = 18080;

    private static final int HTTPS_PORT = 18443;

    private static final int PEBBLE_MANAGEMENT_PORT = 18150;

    private static final String ADMIN_USERNAME = "owner";

    private static final String ADMIN_PASSWORD = "e2e-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    private final String project = "auftritt-e2e-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private Path stackDirectory;

    private Path scratch;

    private Map<String, String> composeEnvironment;

    /** Pebble's root(s): the only CA that the checks trust. */
    private String pebbleRoots;

    private Path pebbleRootsFile;

    private Curl visitor;

    private final String postSlug = "e2e-" + Long.toHexString(System.nanoTime());

    private final String messageSubject = "E2E message " + Long.toHexString(System.nanoTime());

    @BeforeAll
    void startStack() throws Exception {
        if (!dockerWithComposeAnswers()) {
            String why = "no Docker engine with Compose v2 answers here ('docker info' / 'docker compose version' "
                    + "failed). .ci/run installs and starts one; on a developer machine, start Docker to run it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run ComposeStackIT, but " + why);
            }
            log("SKIPPED: the Compose end-to-end test, because %s", why);
            Assumptions.abort("ComposeStackIT skipped: " + why);
        }

        stackDirectory = REPOSITORY.resolve("target/compose-e2e/" + project);
        scratch = REPOSITORY.resolve("target/compose-e2e/" + project + "-scratch");
        copyWorkingTree(REPOSITORY, stackDirectory);
        Files.createDirectories(scratch);

        // README, production: 1. cp .env.example .env
        Files.copy(stackDirectory.resolve(".env.example"), stackDirectory.resolve(".env"));
        // 2. edit .env (here: the test's domain, password, ports on 127.0.0.1, and Pebble as the ACME server)
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("DOMAIN", DOMAIN);
        edits.put("LETSENCRYPT_EMAIL", "owner@" + DOMAIN);
        edits.put("ADMIN_USERNAME", ADMIN_USERNAME);
        edits.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        edits.put("ACME_SERVER", "https://pebble:14000/dir");
        edits.put("ACME_CA_BUNDLE", "/pebble-ca/ca.pem");
        edits.put("HTTP_PUBLISH", "127.0.0.1:" + HTTP_PORT);
        edits.put("HTTPS_PUBLISH", "127.0.0.1:" + HTTPS_PORT);
        editEnvFile(stackDirectory.resolve(".env"), edits);

        composeEnvironment = Map.of(
                "COMPOSE_FILE", "docker-compose.yml:src/test/compose/compose.pebble.yml",
                "COMPOSE_PROJECT_NAME", project,
                "PEBBLE_MANAGEMENT_PUBLISH", "127.0.0.1:" + PEBBLE_MANAGEMENT_PORT);

        // The images first, so that the time measured below is the stack's start, not a build.
        Instant buildStart = Instant.now();
        compose(Duration.ofMinutes(25), "build");
        log("images built in %d s", Duration.between(buildStart, Instant.now()).toSeconds());

        // 3. docker compose up -d --build
        Instant upStart = Instant.now();
        compose(Duration.ofMinutes(10), "up", "-d", "--build");

        pebbleRoots = waitFor(Duration.ofSeconds(60), "Pebble's root certificate", this::fetchPebbleRoots);
        pebbleRootsFile = scratch.resolve("pebble-roots.pem");
        Files.writeString(pebbleRootsFile, pebbleRoots);
        visitor = newVisitor("visitor");

        waitFor(Duration.ofSeconds(180), "the home page over HTTPS with a certificate from Pebble", () -> {
            try {
                TlsProbe.handshake("127.0.0.1", HTTPS_PORT, DOMAIN, pebbleRoots);
                return visitor.get(visitor.httpsUrl("/")).status() == 200 ? Boolean.TRUE : null;
            }
            catch (Exception notYet) {
                return null;
            }
        });
        log("'up -d' to the first HTTPS 200 with Pebble's certificate: %.1f s",
                Duration.between(upStart, Instant.now()).toMillis() / 1000.0);
    }

    @AfterAll
    void stopStack() {
        if (composeEnvironment == null) {
            return;
        }
        try {
            Commands.Result logs = Commands.run(stackDirectory, composeEnvironment, Duration.ofMinutes(1),
                    List.of("docker", "compose", "logs", "--no-color", "--timestamps"));
            Files.writeString(REPOSITORY.resolve("target/compose-e2e/" + project + ".log"), logs.output());
        }
        catch (IOException ex) {
            log("could not save the stack's logs: %s", ex);
        }
        Commands.Result down = Commands.run(stackDirectory, composeEnvironment, Duration.ofMinutes(3),
                List.of("docker", "compose", "down", "--volumes", "--remove-orphans", "--timeout", "20"));
        log("docker compose down --volumes: exit %d", down.exitCode());
    }

    @Test
    @Order(1)
    void servesTheHomePageOverHttpsWithACertificateForTheDomainFromTheAcmeServer() throws Exception {
        TlsProbe.Handshake handshake = TlsProbe.handshake("127.0.0.1", HTTPS_PORT, DOMAIN, pebbleRoots);
        X509Certificate leaf = handshake.leaf();

        List<String> names = leaf.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList();
        assertThat(names).contains(DOMAIN);
        assertThat(leaf.getIssuerX500Principal()).isNotEqualTo(leaf.getSubjectX500Principal());
        assertThat(leaf.getIssuerX500Principal().getName()).containsIgnoringCase("Pebble");
        assertThat(handshake.chain()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(handshake.protocol()).isIn("TLSv1.3", "TLSv1.2");

        Curl.Response home = visitor.get(visitor.httpsUrl("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.httpVersion()).isEqualTo("2");
        assertThat(home.header("content-type")).startsWith("text/html");
        assertThat(home.body()).containsIgnoringCase("<html");
    }

    @Test
    @Order(2)
    void redirectsPlainHttpToHttpsExceptTheAcmeChallenge() {
        String url = visitor.httpUrl("/blog?page=2");
        Curl.Response redirect = visitor.get(url);
        assertThat(redirect.status()).isEqualTo(308);
        assertThat(redirect.header("location")).isEqualTo("https://" + DOMAIN + "/blog?page=2");

        compose(Duration.ofSeconds(30), "exec", "-T", "certbot", "sh", "-c",
                "mkdir -p /var/www/acme/.well-known/acme-challenge "
                        + "&& echo e2e-token > /var/www/acme/.well-known/acme-challenge/e2e-probe");
        Curl.Response challenge = visitor.get(visitor.httpUrl("/.well-known/acme-challenge/e2e-probe"));
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body().trim()).isEqualTo("e2e-token");
        assertThat(visitor.get(visitor.httpUrl("/.well-known/acme-challenge/missing")).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void loginRedirectsKeepHttpsAndThePublicHostAndTheSessionCookieIsSecure() {
        Curl owner = newVisitor("login");
        String adminUrl = owner.httpsUrl("/admin");
        Curl.Response toLogin = owner.get(adminUrl);
        assertThat(toLogin.status()).isBetween(301, 308);
        assertPublicHttps(Curl.location(adminUrl, toLogin), "/login");

        Curl.Response loginPage = owner.get(owner.httpsUrl("/login"));
        assertThat(loginPage.status()).isEqualTo(200);
        List<String> sessionCookies = new ArrayList<>(toLogin.headers("set-cookie"));
        sessionCookies.addAll(loginPage.headers("set-cookie"));
        String sessionCookie = sessionCookies.stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no JSESSIONID cookie in " + sessionCookies));
        assertThat(sessionCookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");

        String loginUrl = owner.httpsUrl("/login");
        Curl.Response loggedIn = owner.post(loginUrl, Map.of("username", ADMIN_USERNAME, "password", ADMIN_PASSWORD,
                "_csrf", loginPage.csrfToken()));
        assertThat(loggedIn.status()).isBetween(301, 308);
        assertPublicHttps(Curl.location(loginUrl, loggedIn), "/admin");
        Curl.Response admin = owner.get(owner.httpsUrl("/admin"));
        assertThat(admin.status()).isEqualTo(200);

        String logoutUrl = owner.httpsUrl("/logout");
        Curl.Response loggedOut = owner.post(logoutUrl, Map.of("_csrf", admin.csrfToken()));
        assertThat(loggedOut.status()).isBetween(301, 308);
        assertPublicHttps(Curl.location(logoutUrl, loggedOut), "/login");
    }

    @Test
    @Order(4)
    void offersOnlyTls12AndNewer() {
        Curl.Response modern = visitor.get(visitor.httpsUrl("/"), "--tlsv1.2", "--tls-max", "1.2");
        assertThat(modern.status()).isEqualTo(200);
        assertThat(modern.httpVersion()).isEqualTo("2");
        assertThatThrownBy(() -> visitor.get(visitor.httpsUrl("/"), "--tlsv1", "--tls-max", "1.1"))
            .isInstanceOf(Curl.CurlException.class);
        assertThatThrownBy(() -> visitor.get(visitor.httpsUrl("/"), "--tlsv1.2", "--tls-max", "1.2", "--ciphers",
                "AES128-GCM-SHA256"))
            .as("a cipher without forward secrecy")
            .isInstanceOf(Curl.CurlException.class);
    }

    @Test
    @Order(5)
    void nginxServesStaticFilesItselfWithCacheHeaders() {
        Curl.Response home = visitor.get(visitor.httpsUrl("/"));
        Matcher stylesheet = Pattern.compile("href=\"(/css/[^\"]+-[0-9a-f]{32}\\.css)\"").matcher(home.body());
        assertThat(stylesheet.find()).as("a fingerprinted stylesheet in the home page").isTrue();
        String fingerprinted = stylesheet.group(1);
        String plain = fingerprinted.replaceAll("-[0-9a-f]{32}\\.css$", ".css");

        Curl.Response css = visitor.get(visitor.httpsUrl(fingerprinted), "--compressed");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("content-type")).startsWith("text/css");
        assertThat(css.header("cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.header("x-served-by")).isEqualTo("nginx-static");
        assertThat(css.header("content-encoding")).isEqualTo("gzip");

        Curl.Response plainCss = visitor.get(visitor.httpsUrl(plain));
        assertThat(plainCss.status()).isEqualTo(200);
        assertThat(plainCss.header("cache-control")).isEqualTo("public, max-age=3600");
        assertThat(plainCss.header("x-served-by")).isEqualTo("nginx-static");
        assertThat(plainCss.body()).isEqualTo(css.body());

        // The proof that the app is not involved: with the app stopped, nginx still serves the file, while a
        // page of the app gets nginx's "back in a moment" page.
        compose(Duration.ofMinutes(1), "stop", "app");
        try {
            // SIGTERM reached the JVM through tini: Spring's graceful shutdown ran.
            assertThat(compose(Duration.ofSeconds(30), "logs", "--no-color", "app").output())
                .contains("Commencing graceful shutdown")
                .contains("Graceful shutdown complete");
            Curl.Response cssWithoutApp = visitor.get(visitor.httpsUrl(fingerprinted));
            assertThat(cssWithoutApp.status()).isEqualTo(200);
            assertThat(cssWithoutApp.body()).isEqualTo(css.body());
            // 502 when Docker's DNS says "no such container", 504 when it passes the question on and the
            // answer takes too long (as on a machine without outside DNS): either way nginx's own page.
            Curl.Response pageWithoutApp = visitor.get(visitor.httpsUrl("/"));
            assertThat(pageWithoutApp.status()).isIn(502, 504);
            assertThat(pageWithoutApp.body()).contains("Gleich wieder da");
        }
        finally {
            compose(Duration.ofMinutes(1), "start", "app");
            waitForHomePage(Duration.ofSeconds(120));
        }
    }

    @Test
    @Order(6)
    void sendsHstsAndTheSecurityHeadersOnceEach() {
        Curl.Response home = visitor.get(visitor.httpsUrl("/"));
        Curl.Response contact = visitor.get(visitor.httpsUrl("/contact"));
        Curl.Response missing = visitor.get(visitor.httpsUrl("/does-not-exist-" + postSlug));
        for (Curl.Response response : List.of(home, contact, missing)) {
            assertThat(response.headers("strict-transport-security")).singleElement()
                .satisfies(hsts -> assertThat(hsts).startsWith("max-age=63072000"));
            assertThat(response.headers("x-content-type-options")).containsExactly("nosniff");
            assertThat(response.headers("referrer-policy")).containsExactly("strict-origin-when-cross-origin");
            assertThat(response.headers("content-security-policy")).singleElement()
                .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
            assertThat(response.headers("x-frame-options")).containsExactly("DENY");
            assertThat(response.header("server")).isEqualTo("nginx");
        }
    }

    @Test
    @Order(7)
    void aForcedRenewalIsServedWithoutAManualStep() throws Exception {
        BigInteger before = TlsProbe.handshake("127.0.0.1", HTTPS_PORT, DOMAIN, pebbleRoots).leaf().getSerialNumber();

        Commands.Result renewal = compose(Duration.ofMinutes(2), "exec", "-T", "certbot", "certbot-renew",
                "--force-renewal");
        assertThat(renewal.output()).contains("Congratulations, all renewals succeeded");

        Instant renewed = Instant.now();
        BigInteger after = waitFor(Duration.ofSeconds(60), "nginx to serve the renewed certificate", () -> {
            try {
                BigInteger serial = TlsProbe.handshake("127.0.0.1", HTTPS_PORT, DOMAIN, pebbleRoots)
                    .leaf()
                    .getSerialNumber();
                return serial.equals(before) ? null : serial;
            }
            catch (Exception notYet) {
                return null;
            }
        });
        log("renewed certificate served %.1f s after certbot finished (serial %s -> %s)",
                Duration.between(renewed, Instant.now()).toMillis() / 1000.0, before.toString(16), after.toString(16));
        assertThat(visitor.get(visitor.httpsUrl("/")).status()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void downAndUpKeepPostsAndMessages() {
        Curl owner = loggedInOwner("owner-before");
        Curl.Response form = owner.get(owner.httpsUrl("/admin/posts/new"));
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> post = new LinkedHashMap<>();
        post.put("_csrf", form.csrfToken());
        post.put("title", "Kept across restarts " + postSlug);
        post.put("slug", postSlug);
        post.put("summary", "Written by the Compose end-to-end test.");
        post.put("body", "This post must survive *docker compose down* and *up*.");
        post.put("tags", "e2e");
        post.put("status", "PUBLISHED");
        post.put("publishAt", "");
        Curl.Response created = owner.post(owner.httpsUrl("/admin/posts"), post);
        assertThat(created.status()).as("creating the post: %s", created.body()).isBetween(301, 303);
        assertThat(visitor.get(visitor.httpsUrl("/blog/" + postSlug)).status()).isEqualTo(200);

        Curl sender = newVisitor("sender");
        Curl.Response contactForm = sender.get(sender.httpsUrl("/contact"));
        Map<String, String> message = new LinkedHashMap<>();
        message.put("_csrf", contactForm.csrfToken());
        message.put("name", "E2E Visitor");
        message.put("email", "visitor@" + DOMAIN);
        message.put("subject", messageSubject);
        message.put("message", "Hello from the end-to-end test.");
        Curl.Response sent = sender.post(sender.httpsUrl("/contact"), message);
        assertThat(sent.status()).as("sending the message: %s", sent.body()).isBetween(301, 303);
        assertPublicHttps(Curl.location(sender.httpsUrl("/contact"), sent), "/contact/thanks");

        compose(Duration.ofMinutes(2), "down");
        compose(Duration.ofMinutes(5), "up", "-d", "--build");
        waitForHomePage(Duration.ofSeconds(180));

        assertDataIntact();
    }

    @Test
    @Order(9)
    void theAppKilledIsRestartedByItsPolicyWithItsDataIntact() {
        String container = compose(Duration.ofSeconds(30), "ps", "-q", "app").output().trim();
        int restartsBefore = Integer.parseInt(docker("inspect", "-f", "{{.RestartCount}}", container).trim());

        // SIGKILL to the JVM, from inside (tini is PID 1 and exits with it): a crash, not a "docker stop", so
        // the restart policy applies.
        compose(Duration.ofSeconds(30), "exec", "-T", "app", "sh", "-c",
                "for p in /proc/[0-9]*; do [ \"$(cat $p/comm 2>/dev/null)\" = java ] && kill -9 ${p#/proc/}; done; true");

        waitFor(Duration.ofSeconds(60), "the app container to be restarted", () -> {
            int restarts = Integer.parseInt(docker("inspect", "-f", "{{.RestartCount}}", container).trim());
            return restarts > restartsBefore ? Boolean.TRUE : null;
        });
        waitFor(Duration.ofSeconds(120), "the restarted app to be healthy", () -> "healthy"
            .equals(docker("inspect", "-f", "{{.State.Health.Status}}", container).trim()) ? Boolean.TRUE : null);
        waitForHomePage(Duration.ofSeconds(60));
        assertDataIntact();
    }

    @Test
    @Order(10)
    void limitsTheRateOfLoginAttemptsWithAPageInTheSiteStyle() {
        Curl attacker = newVisitor("attacker");
        List<Integer> statuses = new ArrayList<>();
        Curl.Response limited = null;
        for (int attempt = 0; attempt < 15 && limited == null; attempt++) {
            Curl.Response response = attacker.post(attacker.httpsUrl("/login"),
                    Map.of("username", "mallory", "password", "guess-" + attempt));
            statuses.add(response.status());
            if (response.status() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("a 429 among %s", statuses).isNotNull();
        assertThat(limited.header("content-type")).startsWith("text/html");
        assertThat(limited.header("retry-after")).isEqualTo("60");
        assertThat(limited.body()).contains("/css/site.css").contains("Zu viele Anfragen");
        // GET stays free: the login page still opens.
        assertThat(attacker.get(attacker.httpsUrl("/login")).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void assertDataIntact() {
        Curl.Response post = visitor.get(visitor.httpsUrl("/blog/" + postSlug));
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body()).contains("Kept across restarts " + postSlug);

        Curl owner = loggedInOwner("owner-" + System.nanoTime());
        Curl.Response messages = owner.get(owner.httpsUrl("/admin/messages"));
        assertThat(messages.status()).isEqualTo(200);
        assertThat(messages.body()).contains(messageSubject);
    }

    private Curl loggedInOwner(String name) {
        Curl owner = newVisitor(name);
        Curl.Response loginPage = owner.get(owner.httpsUrl("/login"));
        Curl.Response loggedIn = owner.post(owner.httpsUrl("/login"),
                Map.of("username", ADMIN_USERNAME, "password", ADMIN_PASSWORD, "_csrf", loginPage.csrfToken()));
        assertThat(Curl.location(owner.httpsUrl("/login"), loggedIn).getPath()).isEqualTo("/admin");
        return owner;
    }

    private static void assertPublicHttps(URI location, String path) {
        assertThat(location.getScheme()).isEqualTo("https");
        assertThat(location.getHost()).isEqualTo(DOMAIN);
        assertThat(location.getPort()).isIn(-1, 443, HTTPS_PORT);
        assertThat(location.getPath()).isEqualTo(path);
    }

    private Curl newVisitor(String name) {
        return new Curl(DOMAIN, HTTP_PORT, HTTPS_PORT, pebbleRootsFile, scratch, name);
    }

    private void waitForHomePage(Duration timeout) {
        waitFor(timeout, "the home page over HTTPS", () -> {
            try {
                return visitor.get(visitor.httpsUrl("/")).status() == 200 ? Boolean.TRUE : null;
            }
            catch (Curl.CurlException notYet) {
                return null;
            }
        });
    }

    /** Pebble's roots from its management port, trusted through the test CA that signs Pebble's own endpoint. */
    private String fetchPebbleRoots() {
        Commands.Result testCa = compose(Duration.ofSeconds(30), false, "exec", "-T", "pebble", "cat",
                "/pebble-ca/ca.pem");
        if (!testCa.ok() || !testCa.output().contains("BEGIN CERTIFICATE")) {
            return null;
        }
        try {
            Path testCaFile = scratch.resolve("pebble-endpoint-ca.pem");
            Files.writeString(testCaFile, testCa.output());
            Commands.Result roots = Commands.run(scratch, Map.of(), Duration.ofSeconds(20), List.of("curl",
                    "--silent", "--fail", "--cacert", testCaFile.toString(),
                    "https://127.0.0.1:" + PEBBLE_MANAGEMENT_PORT + "/roots/0"));
            return roots.ok() && roots.output().contains("BEGIN CERTIFICATE") ? roots.output() : null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Commands.Result compose(Duration timeout, String... arguments) {
        return compose(timeout, true, arguments);
    }

    private Commands.Result compose(Duration timeout, boolean mustSucceed, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker", "compose"));
        command.addAll(List.of(arguments));
        Commands.Result result = Commands.run(stackDirectory, composeEnvironment, timeout, command);
        if (mustSucceed && !result.ok()) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + tail(result.output()) + "\n--- stack logs ---\n" + tail(Commands.run(stackDirectory,
                            composeEnvironment, Duration.ofMinutes(1),
                            List.of("docker", "compose", "logs", "--no-color", "--tail", "60")).output()));
        }
        return result;
    }

    private String docker(String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        Commands.Result result = Commands.run(REPOSITORY, Map.of(), Duration.ofSeconds(30), command);
        if (!result.ok()) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.output());
        }
        return result.output();
    }

    private <T> T waitFor(Duration timeout, String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(1_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        String logs = Commands.run(stackDirectory, composeEnvironment, Duration.ofMinutes(1),
                List.of("docker", "compose", "logs", "--no-color", "--tail", "80")).output();
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                + "\n--- stack logs ---\n" + tail(logs));
    }

    private static boolean dockerWithComposeAnswers() {
        Path here = REPOSITORY;
        return Commands.run(here, Map.of(), Duration.ofSeconds(20), List.of("docker", "info")).ok()
                && Commands.run(here, Map.of(), Duration.ofSeconds(20), List.of("docker", "compose", "version")).ok();
    }

    /** The working tree without build output, VCS data, local databases and a developer's .env. */
    private static void copyWorkingTree(Path from, Path to) throws IOException {
        Set<String> skipped = Set.of(".git", "target", "data", "node_modules", ".idea", ".vscode", ".env");
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                if (!directory.equals(from) && skipped.contains(directory.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!skipped.contains(file.getFileName().toString()) && attributes.isRegularFile()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target);
                    if (Files.isExecutable(file)) {
                        target.toFile().setExecutable(true, false);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Sets KEY=value lines as an operator would in an editor: existing keys changed in place, others added. */
    private static void editEnvFile(Path envFile, Map<String, String> values) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(envFile, StandardCharsets.UTF_8));
        Map<String, String> remaining = new LinkedHashMap<>(values);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0 && remaining.containsKey(line.substring(0, equals).trim())) {
                String key = line.substring(0, equals).trim();
                lines.set(i, key + "=" + remaining.remove(key));
            }
        }
        remaining.forEach((key, value) -> lines.add(key + "=" + value));
        Files.write(envFile, lines, StandardCharsets.UTF_8);
    }

    private static String tail(String text) {
        return text.length() <= 6_000 ? text : "..." + text.substring(text.length() - 6_000);
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("[compose-e2e] " + format + "%n", arguments);
    }
}
