package org.sira.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup holds, written in it before the database: which database it comes from, when,
 * and how many rows each table had in the copied snapshot, so that a restore can check it got
 * them all back.
 */
public record Manifest(String database, String schema, Instant created, SortedMap<String, Long> rows) {

    static final String ENTRY = "backup-manifest.properties";
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    public Manifest {
        rows = new TreeMap<>(rows);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", "1");
        properties.setProperty("database", database);
        properties.setProperty("schema", schema);
        properties.setProperty("created", created.toString());
        rows.forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        // Through a writer: Properties.store(OutputStream) would close nothing but escape to Latin-1.
        var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, null);
        writer.flush();
    }

    static Manifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        if (!"1".equals(properties.getProperty("format"))) {
            throw new IOException("a backup manifest of an unknown format");
        }
        SortedMap<String, Long> rows = new TreeMap<>();
        for (Map.Entry<Object, Object> entry : properties.entrySet()) {
            String key = (String) entry.getKey();
            if (key.startsWith("rows.")) {
                rows.put(key.substring(5), Long.parseLong((String) entry.getValue()));
            }
        }
        return new Manifest(properties.getProperty("database"), properties.getProperty("schema"),
                Instant.parse(properties.getProperty("created")), rows);
    }

    boolean holdsFlywayHistory() {
        return rows.keySet().stream().anyMatch(FLYWAY_HISTORY::equalsIgnoreCase);
    }
}
