package org.sira.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database Sira runs on, for the few places where PostgreSQL can do better than portable SQL. */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
