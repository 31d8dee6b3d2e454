package org.sira.shared.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes many rows of one table at once, inside the caller's transaction: PostgreSQL's
 * {@code COPY} (several times faster than batched inserts, which plan and run every row on their
 * own), and plain JDBC batches elsewhere, without the per-row maps of named parameters.
 * Imports of hundreds of thousands of rows spend most of their time here.
 */
@Component
public class BulkInsert {

    private final DataSource dataSource;
    private final boolean postgres;
    private final SQLExceptionTranslator translator;

    BulkInsert(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = Databases.isPostgres(dataSource);
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    public boolean postgres() {
        return postgres;
    }

    /** Inserts rows given as maps from column to value, every map with the same columns in the same order. */
    public void into(String table, List<? extends java.util.Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            into(table, List.copyOf(rows.get(0).keySet()), rows.stream().map(row -> row.values().toArray()).toList());
        }
    }

    /**
     * Inserts {@code rows} (values in the order of {@code columns}: String, Number, Boolean, UUID,
     * LocalDate, OffsetDateTime or null) into {@code table}.
     */
    public void into(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (postgres) {
                copy(connection, table, columns, rows);
            } else {
                batch(connection, table, columns, rows);
            }
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("bulk insert into " + table, null, e);
            throw translated != null ? translated : new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 64 * columns.size() / 4);
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(value == null ? null : value.toString());
                }
                printer.println();
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)",
                            new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
