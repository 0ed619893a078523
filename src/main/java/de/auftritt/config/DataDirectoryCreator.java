package de.auftritt.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates {@code DATA_DIR} before the data source opens the SQLite file: sqlite-jdbc does not create missing
 * parent folders and fails with {@code SQLITE_CANTOPEN}. Registered in META-INF/spring.factories so that it runs
 * before any bean exists, in the application and in every test context alike.
 */
public class DataDirectoryCreator implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dataDir = event.getEnvironment().getProperty("auftritt.data-dir");
        if (dataDir == null || dataDir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dataDir));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, ex);
        }
    }
}
