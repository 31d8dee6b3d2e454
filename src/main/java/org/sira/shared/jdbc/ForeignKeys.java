package org.sira.shared.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schema changes around foreign keys that H2 and PostgreSQL handle differently, for migrations:
 * unnamed keys get different names ({@code CONSTRAINT_8A}, {@code person_return_country_from_fkey}),
 * and H2 gives each key an index of its own where PostgreSQL gives none.
 */
public final class ForeignKeys {

    private ForeignKeys() {
    }

    public static void drop(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, name)) {
                while (keys.next()) {
                    if (keys.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)) {
                        names.add(keys.getString("FK_NAME"));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("no foreign key on " + table + "." + column);
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
            }
        }
    }

    /**
     * Drops {@code index} when another index of the table has exactly its columns: on H2, the one
     * a foreign key made for itself. Every write paid for both.
     */
    public static void dropIndexIfDuplicated(Connection connection, String table, String index) throws SQLException {
        java.util.Map<String, List<String>> columns = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet info = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, false)) {
                while (info.next()) {
                    if (info.getString("INDEX_NAME") != null && info.getString("COLUMN_NAME") != null) {
                        columns.computeIfAbsent(info.getString("INDEX_NAME"), k -> new ArrayList<>())
                                .add(info.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        List<String> own = columns.get(index);
        boolean duplicated = own != null && columns.entrySet().stream()
                .anyMatch(e -> !e.getKey().equalsIgnoreCase(index) && e.getValue().equals(own));
        if (duplicated) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP INDEX " + index);
            }
        }
    }
}
