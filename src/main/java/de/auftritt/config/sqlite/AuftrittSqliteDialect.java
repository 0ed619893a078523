package de.auftritt.config.sqlite;

import java.sql.Types;

import org.hibernate.community.dialect.SQLiteDialect;

/**
 * SQLite-specific (one of the few clearly marked places; see application.properties).
 *
 * <p>SQLite keeps every integer as a 64-bit value whatever the declared type, and an auto-incrementing key must
 * be declared exactly {@code INTEGER PRIMARY KEY}. Hibernate's schema validation would reject that column for a
 * {@code Long} id ("found integer, expecting bigint"), so this dialect treats the integral JDBC types as the
 * same type, which on SQLite they are.
 */
public class AuftrittSqliteDialect extends SQLiteDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || (isIntegral(typeCode1) && isIntegral(typeCode2));
    }

    private static boolean isIntegral(int typeCode) {
        return typeCode == Types.TINYINT || typeCode == Types.SMALLINT || typeCode == Types.INTEGER
                || typeCode == Types.BIGINT;
    }
}
