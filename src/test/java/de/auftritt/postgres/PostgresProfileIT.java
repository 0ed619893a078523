package de.auftritt.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import de.auftritt.AuftrittApplication;
import de.auftritt.blog.Post;
import de.auftritt.blog.PostData;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostService;
import de.auftritt.blog.PostStatus;
import de.auftritt.contact.ContactForm;
import de.auftritt.contact.ContactMessageRepository;
import de.auftritt.contact.ContactService;
import de.auftritt.site.PageRepository;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * PostgreSQL is a configuration change away: the same migrations and entities on a real PostgreSQL server (Debian's
 * package, a throw-away cluster on a loopback port), switched on by the profile {@code postgres} alone.
 * Skipped with a message where PostgreSQL is not installed; CI installs it, and there a missing server fails.
 */
class PostgresProfileIT {

    static final Path BIN = findBin();

    static Path cluster;

    static int port;

    static boolean asRoot;

    @BeforeAll
    static void startPostgres() throws Exception {
        if (BIN == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run PostgresProfileIT: install Debian's postgresql package");
        }
        Assumptions.assumeTrue(BIN != null,
                "PostgresProfileIT skipped: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
                        + "(apt-get install postgresql)");
        asRoot = "root".equals(System.getProperty("user.name"));
        cluster = Files.createTempDirectory("auftritt-pg-");
        if (asRoot) {
            // initdb refuses to run as root; the cluster belongs to the postgres system user.
            UserPrincipal postgres = cluster.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName("postgres");
            Files.setOwner(cluster, postgres);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(BIN.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-U", "auftritt",
                "--auth=trust", "-E", "UTF8", "--locale=C");
        run(BIN.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1", "-l",
                cluster.resolve("server.log").toString(), "start");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (cluster != null && Files.exists(cluster.resolve("data/postmaster.pid"))) {
            run(BIN.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m", "immediate", "stop");
        }
    }

    @Test
    void theSiteRunsOnPostgresWithTheSameMigrations() throws Exception {
        Path dataDir = Files.createTempDirectory("auftritt-pg-app-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AuftrittApplication.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "--spring.datasource.username=auftritt", "--auftritt.data-dir=" + dataDir,
                "--auftritt.admin.password=postgres-test-password", "--server.port=0",
                "--spring.main.banner-mode=off")) {
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            assertThat(app.getBean(PageRepository.class).count()).isEqualTo(2);

            Post post = app.getBean(PostService.class).create(new PostData("Grüße aus Köln", "gruesse-aus-koeln",
                    "Kurz", "| a |\n|---|\n| b |", Set.of("reise", "köln"), PostStatus.PUBLISHED, null));
            PostRepository posts = app.getBean(PostRepository.class);
            assertThat(posts.findVisible(Instant.now(), PageRequest.of(0, 10))).extracting(Post::getSlug)
                .contains("gruesse-aus-koeln");
            assertThat(posts.findVisibleByTag("köln", Instant.now(), PageRequest.of(0, 10))).hasSize(1);
            assertThat(posts.findById(post.getId()).orElseThrow().getBodyHtml()).contains("<table>");
            assertThat(posts.search("%köln%", "PUBLISHED", Instant.now(), PageRequest.of(0, 10))).hasSize(1);

            app.getBean(ContactService.class).receive(new ContactForm("Erika", "erika@example.org", "Hallo", "Text"));
            assertThat(app.getBean(ContactMessageRepository.class).countByReadFalse()).isEqualTo(1);
        }
        assertThat(dataDir.resolve("auftritt.db")).doesNotExist();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asRoot) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", line) + "\n" + output).isZero();
    }

    private static Path findBin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                .sorted().reduce((a, b) -> b).orElse(null);
        }
        catch (IOException ex) {
            return null;
        }
    }
}
