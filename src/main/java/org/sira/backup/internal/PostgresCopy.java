package org.sira.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL schema copied by {@code pg_dump} (plain SQL) from a snapshot exported by the
 * transaction that counted its rows, so the manifest and the dump see the same database; restored
 * by {@code psql} in one transaction that drops the schema, re-creates it from the dump and
 * checks the rows against the manifest before it commits: a failed or cut restore changes nothing.
 */
final class PostgresCopy {

    static final String ENTRY = "database.pg-dump.sql";

    private PostgresCopy() {
    }

    static void copy(DatabaseTarget target, Connection connection, Instant now, H2Copy.ManifestWriter manifest,
                     H2Copy.OutputStreamSupplier database) throws SQLException, IOException {
        String schema = target.postgresSchema();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            String snapshot;
            try (ResultSet exported = statement.executeQuery("SELECT pg_export_snapshot()")) {
                exported.next();
                snapshot = exported.getString(1);
            }
            manifest.write(new Manifest("POSTGRESQL", schema, now, Tables.counted(connection, schema)));
            OutputStream out = database.open();
            run(target, List.of("pg_dump", "--snapshot=" + snapshot, "--schema=" + Tables.quoted(schema), "--no-owner",
                    "--no-privileges", "--format=plain", "--encoding=UTF8"), null, out);
            out.flush();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    static boolean holdsTables(DatabaseTarget target, Connection connection) throws SQLException {
        return !Tables.of(connection, target.postgresSchema()).isEmpty();
    }

    static Map<String, Long> counted(DatabaseTarget target, Connection connection) throws SQLException {
        return Tables.counted(connection, target.postgresSchema());
    }

    static void restore(DatabaseTarget target, InputStream dump, Manifest manifest) throws IOException {
        String schema = Tables.quoted(manifest.schema());
        StringBuilder before = new StringBuilder("SET client_min_messages = warning;\nBEGIN;\nDROP SCHEMA IF EXISTS ").append(schema)
                .append(" CASCADE;\n");
        if (manifest.schema().equals("public")) {
            // pg_dump does not write the creation of the public schema.
            before.append("CREATE SCHEMA public;\n");
        }
        StringBuilder after = new StringBuilder("\nSET search_path = ").append(schema).append(";\nDO $sira$\nBEGIN\n");
        manifest.rows().forEach((table, rows) -> after.append("  IF (SELECT count(*) FROM ").append(schema).append('.')
                .append(Tables.quoted(table)).append(") <> ").append(rows).append(" THEN RAISE EXCEPTION 'restore check: table ")
                .append(table.replace("'", "''")).append(" has not the ").append(rows).append(" rows of the backup'; END IF;\n"));
        after.append("END\n$sira$;\nCOMMIT;\n");
        InputStream whole = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(before.toString().getBytes(StandardCharsets.UTF_8)), dump,
                new java.io.ByteArrayInputStream(after.toString().getBytes(StandardCharsets.UTF_8)))));
        run(target, List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"), whole, OutputStream.nullOutputStream());
    }

    /**
     * Runs a client program of PostgreSQL, feeding it and reading it at once. When the input
     * fails half-way (an altered backup), the program is killed before it reads an end of input:
     * the transaction it had begun is then rolled back by the server.
     */
    private static void run(DatabaseTarget target, List<String> command, InputStream input, OutputStream output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(target.postgresEnvironment());
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is not installed here (PostgreSQL's client programs: apt-get install postgresql-client)", e);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread errorReader = daemon(() -> copyBounded(process.getErrorStream(), errors));
        IOException[] outputFailure = new IOException[1];
        Thread outputReader = daemon(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                outputFailure[0] = e;
                process.destroyForcibly();
            }
        });
        try {
            if (input != null) {
                feed(input, process);
            }
            int code = process.waitFor();
            outputReader.join();
            errorReader.join();
            if (outputFailure[0] != null) {
                throw outputFailure[0];
            }
            if (code != 0) {
                throw new IOException(command.get(0) + " failed (" + code + "): " + errors.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " interrupted", e);
        }
    }

    private static void feed(InputStream input, Process process) throws IOException {
        OutputStream stdin = process.getOutputStream();
        byte[] buffer = new byte[65536];
        while (true) {
            int read;
            try {
                read = input.read(buffer);
            } catch (IOException unreadable) {
                process.destroyForcibly();
                throw unreadable;
            }
            if (read == -1) {
                break;
            }
            try {
                stdin.write(buffer, 0, read);
            } catch (IOException programEnded) {
                // It stopped reading: an error of its own, told by its exit code and messages.
                return;
            }
        }
        try {
            stdin.close();
        } catch (IOException programEnded) {
            // same as above
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "sira-backup-pg");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void copyBounded(InputStream in, ByteArrayOutputStream errors) {
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                synchronized (errors) {
                    if (errors.size() < 16_384) {
                        errors.write(buffer, 0, read);
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
