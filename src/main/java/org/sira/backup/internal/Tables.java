package org.sira.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The tables of one schema and their rows, read the same way on H2 and PostgreSQL. */
final class Tables {

    private Tables() {
    }

    static List<String> of(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    static SortedMap<String, Long> counted(Connection connection, String schema) throws SQLException {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (String table : of(connection, schema)) {
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(schema) + "." + quoted(table))) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
