package de.auftritt.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import de.auftritt.support.FullStackTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WAL, the busy timeout and foreign keys must hold on every pooled connection, not only on the first one (a
 * multi-statement init SQL would run only its first statement). All pooled connections are taken at once, so
 * each is a distinct physical connection, and each is asked.
 */
class SqliteConnectionSettingsTest extends FullStackTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPooledConnectionHasWalBusyTimeoutAndForeignKeys() throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                connections.add(dataSource.getConnection());
            }
            for (Connection connection : connections) {
                assertThat(pragma(connection, "journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            }
        }
        finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    void theDatabaseIsOneFileInTheDataDirectory() {
        assertThat(DATA_DIR.resolve("auftritt.db")).isRegularFile();
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
