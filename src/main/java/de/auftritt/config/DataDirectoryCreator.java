package de.auftritt.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates {@code DATA_DIR} before the data source opens the SQLite file: sqlite-jdbc does not create missing
 * parent folders and fails with {@code SQLITE_CANTOPEN}. It runs as the data source bean is made, when every
 * property source (environment, command line, test properties) is in place.
 */
@Component
class DataDirectoryCreator implements BeanPostProcessor {

    private final Environment environment;

    DataDirectoryCreator(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            String dataDir = environment.getProperty("auftritt.data-dir");
            if (dataDir != null && !dataDir.isBlank()) {
                try {
                    Files.createDirectories(Path.of(dataDir));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException("Cannot create the data directory " + dataDir, ex);
                }
            }
        }
        return bean;
    }
}
