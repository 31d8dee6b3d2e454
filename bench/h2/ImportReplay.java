import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays, against H2 alone, the writes of an import: the persons, name keys and returns of a
 * database filled by a real import, inserted again in batches of 1,000 rows with the import's
 * look-ups, in one transaction, into a fresh database made from that database's schema. Each
 * argument is a variant: SQL run on the fresh schema before the replay ("base" for none; NOKEYS
 * leaves the name keys out). Runs each variant RUNS times (default 3).
 *
 * usage: java -cp h2.jar bench/h2/ImportReplay.java SOURCE_DB_WITHOUT_.mv.db SCHEMA.sql VARIANT...
 * SCHEMA.sql: java -cp h2.jar org.h2.tools.Shell -url jdbc:h2:file:SOURCE -user sa -sql "SCRIPT NODATA TO 'SCHEMA.sql'"
 */
public class ImportReplay {

    record Table(String name, List<String> columns, List<Object[]> rows) {
        String insert() {
            return "INSERT INTO " + name + " (" + String.join(",", columns) + ") VALUES (" + "?,".repeat(columns.size() - 1) + "?)";
        }
    }

    static Table load(Connection c, String table, String order) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return new Table(table, columns, rows);
        }
    }

    public static void main(String[] args) throws Exception {
        Table person, keys, returns;
        try (Connection source = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";ACCESS_MODE_DATA=r", "sa", "")) {
            person = load(source, "person", "id");
            keys = load(source, "person_name_key", "person_id");
            returns = load(source, "person_return", "id");
        }
        Map<Object, List<Object[]>> keysOf = new HashMap<>();
        keys.rows().forEach(k -> keysOf.computeIfAbsent(k[0], x -> new ArrayList<>()).add(k));
        Map<Object, Object[]> personById = new HashMap<>();
        person.rows().forEach(p -> personById.put(p[0], p));
        int personId = returns.columns().indexOf("PERSON_ID");
        int externalRef = person.columns().indexOf("EXTERNAL_REF");
        String schema = Files.readString(Path.of(args[1])).replaceAll("(?m)^CREATE USER.*$", "");
        Path target = Files.createTempDirectory("replay").resolve("db");
        int runs = Integer.getInteger("runs", 3);
        int commitEvery = Integer.getInteger("commitEvery", 0); // batches; 0: one transaction, as the import
        for (int v = 2; v < args.length; v++) {
            String variant = args[v];
            for (int run = 0; run < runs; run++) {
                Files.deleteIfExists(Path.of(target + ".mv.db"));
                try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + target + ";WRITE_DELAY=0" + System.getProperty("url", ""), "sa", "")) {
                    c.createStatement().execute(schema);
                    for (String sql : variant.split(";")) {
                        if (!sql.isBlank() && !sql.equals("base") && !sql.equals("NOKEYS")) {
                            c.createStatement().execute(sql);
                        }
                    }
                    c.setAutoCommit(false);
                    long start = System.nanoTime();
                    PreparedStatement insertPerson = c.prepareStatement(person.insert());
                    PreparedStatement insertKey = c.prepareStatement(keys.insert());
                    PreparedStatement insertReturn = c.prepareStatement(returns.insert());
                    PreparedStatement byRef = c.prepareStatement("SELECT external_ref, id FROM person WHERE voided = FALSE AND external_ref IN ("
                            + "?,".repeat(999) + "?)");
                    PreparedStatement returnsOf = c.prepareStatement("SELECT person_id, arrival_date FROM person_return WHERE voided = FALSE"
                            + " AND person_id IN (" + "?,".repeat(999) + "?)");
                    Set<Object> written = new HashSet<>();
                    for (int b = 0; b < returns.rows().size(); b += 1000) {
                        List<Object[]> batch = returns.rows().subList(b, Math.min(returns.rows().size(), b + 1000));
                        for (int i = 0; i < 1000; i++) {
                            Object[] p = personById.get(batch.get(Math.min(i, batch.size() - 1))[personId]);
                            byRef.setObject(i + 1, p[externalRef]);
                            returnsOf.setObject(i + 1, p[0]);
                        }
                        try (ResultSet rs = byRef.executeQuery()) { while (rs.next()) { } }
                        try (ResultSet rs = returnsOf.executeQuery()) { while (rs.next()) { } }
                        List<Object> created = new ArrayList<>();
                        for (Object[] r : batch) {
                            if (written.add(r[personId])) {
                                created.add(r[personId]);
                                Object[] p = personById.get(r[personId]);
                                for (int i = 0; i < p.length; i++) {
                                    insertPerson.setObject(i + 1, p[i]);
                                }
                                insertPerson.addBatch();
                            }
                        }
                        insertPerson.executeBatch();
                        if (!variant.contains("NOKEYS")) {
                            for (Object id : created) {
                                for (Object[] k : keysOf.getOrDefault(id, List.of())) {
                                    insertKey.setObject(1, k[0]);
                                    insertKey.setObject(2, k[1]);
                                    insertKey.addBatch();
                                }
                            }
                            insertKey.executeBatch();
                        }
                        for (Object[] r : batch) {
                            for (int i = 0; i < r.length; i++) {
                                insertReturn.setObject(i + 1, r[i]);
                            }
                            insertReturn.addBatch();
                        }
                        insertReturn.executeBatch();
                        if (commitEvery > 0 && (b / 1000 + 1) % commitEvery == 0) {
                            c.commit();
                        }
                    }
                    long inserted = System.nanoTime();
                    c.commit();
                    long committed = System.nanoTime();
                    System.out.printf("%-50.50s inserts %5d ms, commit %5d ms, total %5d ms = %,d rows/s%n", variant,
                            (inserted - start) / 1_000_000, (committed - inserted) / 1_000_000, (committed - start) / 1_000_000,
                            returns.rows().size() * 1_000_000_000L / (committed - start));
                }
            }
        }
    }
}
