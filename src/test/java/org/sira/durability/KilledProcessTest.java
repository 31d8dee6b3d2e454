package org.sira.durability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Sira process killed right after its commits loses none of them: a child JVM opens the
 * embedded database with the URL of {@code application.properties}, commits rows one by one and
 * halts without any shutdown; the rows are all there when the database is opened again.
 */
class KilledProcessTest {

    private static final int COMMITS = 100;

    @Test
    void noCommittedRowIsLostWhenTheProcessIsKilled(@TempDir Path dataDir) throws Exception {
        String url = productUrl(dataDir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url, String.valueOf(COMMITS))
                .inheritIO().start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child halts itself with 42 after its last commit").isEqualTo(42);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM committed")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(COMMITS);
        }
    }

    /** The URL Sira uses, with its data directory pointed at the test's own. */
    static String productUrl(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).contains("WRITE_DELAY=0");
        return url.replace("${sira.data-dir}", dataDir.toString());
    }

    /** Run in a child JVM: commits rows one by one, then dies without closing anything. */
    public static final class CommitThenHalt {

        public static void main(String[] args) throws Exception {
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            connection.createStatement().execute("CREATE TABLE committed (n INTEGER PRIMARY KEY)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committed (n) VALUES (?)")) {
                for (int n = 0; n < Integer.parseInt(args[1]); n++) {
                    insert.setInt(1, n);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            Runtime.getRuntime().halt(42);
        }
    }
}
