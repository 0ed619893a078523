package de.auftritt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.auftritt.AuftrittApplication;
import de.auftritt.blog.PostData;
import de.auftritt.blog.PostRepository;
import de.auftritt.blog.PostService;
import de.auftritt.blog.PostStatus;
import de.auftritt.config.AuftrittProperties;
import de.auftritt.contact.ContactForm;
import de.auftritt.contact.ContactMessageRepository;
import de.auftritt.contact.ContactService;
import de.auftritt.site.PageRepository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The operator's view of the first start and of restarts: the real application started twice on the same data
 * folder (whose parent folders do not exist yet).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAndRestartTest {

    @TempDir
    Path temp;

    @Test
    void aRestartKeepsPostsMessagesAndTheAdminAccount(CapturedOutput output) {
        Path dataDir = temp.resolve("nested/data");
        try (ConfigurableApplicationContext first = start(dataDir, "first-password-123")) {
            first.getBean(PostService.class).create(new PostData("Bleibt", "bleibt", "Kurz", "Text", Set.of("a"),
                    PostStatus.PUBLISHED, null));
            first.getBean(ContactService.class).receive(new ContactForm("Erika", "erika@example.org", "Hallo", "Bleibt auch"));
            assertThat(passwordMatches(first, "admin", "first-password-123")).isTrue();
            assertThat(first.getBean(PageRepository.class).count()).isEqualTo(2);
        }
        assertThat(dataDir.resolve("auftritt.db")).isRegularFile();

        try (ConfigurableApplicationContext second = start(dataDir, "another-password-456")) {
            assertThat(second.getBean(PostRepository.class).findBySlug("bleibt")).isPresent();
            assertThat(second.getBean(ContactMessageRepository.class).findAll())
                .anySatisfy(m -> assertThat(m.getMessage()).isEqualTo("Bleibt auch"));
            assertThat(passwordMatches(second, "admin", "first-password-123")).as("the account is untouched").isTrue();
            assertThat(passwordMatches(second, "admin", "another-password-456")).isFalse();
            assertThat(second.getBean(PageRepository.class).count()).as("no second set of default pages").isEqualTo(2);
        }
        assertThat(output).doesNotContain("first-password-123").doesNotContain("another-password-456");
    }

    @Test
    void withoutAPasswordARandomOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
        Path dataDir = temp.resolve("generated");
        String password;
        try (ConfigurableApplicationContext first = start(dataDir, "")) {
            String line = output.getAll().lines().filter(l -> l.contains("generated password")).findFirst().orElseThrow();
            password = line.replaceAll(".*generated password: (\\S+).*", "$1");
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(passwordMatches(first, "admin", password)).isTrue();
            String hash = first.getBean(AdminAccountRepository.class).findByUsername("admin").orElseThrow().getPasswordHash();
            assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=7168,t=5,p=1$").doesNotContain(password);
        }
        try (ConfigurableApplicationContext second = start(dataDir, "")) {
            assertThat(passwordMatches(second, "admin", password)).isTrue();
        }
        assertThat(output.getAll().lines().filter(l -> l.contains("generated password"))).hasSize(1);
    }

    @Test
    void aTooShortPasswordStopsTheFirstStartWithAClearMessage() {
        assertThatThrownBy(() -> start(temp.resolve("short"), "short"))
            .hasStackTraceContaining("ADMIN_PASSWORD is too short: use at least 12 characters");
    }

    @Test
    void theOperatorResetsAForgottenPasswordWithoutTouchingTheDatabase(CapturedOutput output) {
        Path dataDir = temp.resolve("reset");
        try (ConfigurableApplicationContext first = start(dataDir, "forgotten-password-1")) {
            first.getBean(PostService.class).create(new PostData("Bleibt", "bleibt", "Kurz", "Text", Set.of(),
                    PostStatus.DRAFT, null));
        }
        try (ConfigurableApplicationContext reset = start(dataDir, "remembered-password-2",
                "--auftritt.admin.reset-password=true")) {
            assertThat(passwordMatches(reset, "admin", "remembered-password-2")).isTrue();
            assertThat(passwordMatches(reset, "admin", "forgotten-password-1")).isFalse();
            assertThat(reset.getBean(PostRepository.class).findBySlug("bleibt")).isPresent();
        }
        assertThat(output).contains("Reset the password of the admin account 'admin'");
    }

    @Test
    void theReadmesVariablesSetNameAndLanguageOfANewSite() {
        // The README documents environment variables; as command-line arguments they fill the same placeholders.
        try (ConfigurableApplicationContext site = start(temp.resolve("english"), "", "--SITE_NAME=Jane's Notes",
                "--SITE_LOCALE=en", "--SITE_TIMEZONE=America/New_York")) {
            AuftrittProperties.Site settings = site.getBean(AuftrittProperties.class).site();
            assertThat(settings.name()).isEqualTo("Jane's Notes");
            assertThat(settings.timeZone()).hasToString("America/New_York");
            assertThat(site.getBean(PageRepository.class).findBySlug("about").orElseThrow().getTitle())
                .as("the first pages are written in the site's language").isEqualTo("About me");
        }
    }

    private static boolean passwordMatches(ConfigurableApplicationContext context, String username, String password) {
        String hash = context.getBean(AdminAccountRepository.class).findByUsername(username).orElseThrow()
            .getPasswordHash();
        return context.getBean(PasswordEncoder.class).matches(password, hash);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String adminPassword, String... more) {
        List<String> args = new ArrayList<>(List.of("--auftritt.data-dir=" + dataDir,
                "--auftritt.admin.password=" + adminPassword, "--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(AuftrittApplication.class).run(args.toArray(String[]::new));
    }
}
