package org.sira.backup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * An embedded H2 database copied as the statements of its {@code SCRIPT}, read in one snapshot
 * with the row counts of the manifest; each statement is written with its length, so the restore
 * runs them one by one without parsing SQL and nothing is ever written in clear outside the
 * database's own folder.
 */
final class H2Copy {

    static final String ENTRY = "database.h2-script";
    private static final String SCHEMA = "PUBLIC";

    private H2Copy() {
    }

    interface ManifestWriter {
        void write(Manifest manifest) throws IOException;
    }

    static void copy(Connection connection, Instant now, ManifestWriter manifest, OutputStreamSupplier database) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try (Statement statement = connection.createStatement()) {
            if (!autoCommit) {
                connection.rollback();
            }
            // Every read of the transaction sees the database as it was when it began.
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            connection.setAutoCommit(false);
            manifest.write(new Manifest("H2", SCHEMA, now, Tables.counted(connection, SCHEMA)));
            DataOutputStream out = new DataOutputStream(database.open());
            try (ResultSet script = statement.executeQuery("SCRIPT")) {
                while (script.next()) {
                    byte[] sql = script.getString(1).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(sql.length);
                    out.write(sql);
                }
            }
            out.flush();
            connection.rollback();
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }

    interface OutputStreamSupplier {
        OutputStream open() throws IOException;
    }

    static void run(InputStream script, Connection connection) throws IOException, SQLException {
        DataInputStream in = new DataInputStream(script);
        try (Statement statement = connection.createStatement()) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                if (length < 0 || length > 256 * 1024 * 1024) {
                    throw new IOException("a statement of " + length + " bytes in the backup");
                }
                statement.execute(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        }
    }

    static boolean holdsTables(Connection connection) throws SQLException {
        return !Tables.of(connection, SCHEMA).isEmpty();
    }

    static java.util.SortedMap<String, Long> counted(Connection connection) throws SQLException {
        return Tables.counted(connection, SCHEMA);
    }
}
