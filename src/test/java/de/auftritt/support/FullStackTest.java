package de.auftritt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real SQLite file in a fresh temporary folder, shared by all full-stack tests (one
 * cached context). Tests make their own data with unique names and never expect an empty database.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class FullStackTest {

    public static final String ADMIN_USERNAME = "owner";

    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    public static final String SITE_URL = "https://example.org";

    public static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void site(DynamicPropertyRegistry registry) {
        registry.add("auftritt.data-dir", DATA_DIR::toString);
        registry.add("auftritt.admin.username", () -> ADMIN_USERNAME);
        registry.add("auftritt.admin.password", () -> ADMIN_PASSWORD);
        registry.add("auftritt.site.url", () -> SITE_URL);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("auftritt-test-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
