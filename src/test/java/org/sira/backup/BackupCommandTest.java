package org.sira.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands as an administrator types them, on an embedded database: {@code backup --to},
 * {@code restore --from}, refusals with their reason and exit code. The source is the test's own
 * database (an in-memory H2 of this process), the restore goes into an H2 file under target/.
 */
@WebTest
@Tag("asvs-14.2.4")
@Tag("asvs-13.3.1")
class BackupCommandTest {

    private static final String PASSPHRASE = "--sira.backup.passphrase=a test backup passphrase 2026";

    @Value("${spring.datasource.url}") String testDatabase;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return BackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static long persons(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void backupThenRestoreIntoAnEmptyDataFolderThenRefuseToOverwriteItUnlessForced() throws Exception {
        Path scratch = BackupContract.scratch();
        Path file = scratch.resolve("nightly" + Backups.SUFFIX);
        String source = "--spring.datasource.url=" + testDatabase;
        String restored = "jdbc:h2:file:" + scratch.toAbsolutePath().resolve("data").resolve("sira");
        String target = "--spring.datasource.url=" + restored;

        assertThat(run("backup", "--to", file.toString(), source, PASSPHRASE)).as(err.toString()).isZero();
        assertThat(file).exists();
        assertThat(run("backup", "--to", file.toString(), source, PASSPHRASE)).as("never over an existing backup").isEqualTo(1);

        assertThat(run("restore", "--from", file.toString(), target, PASSPHRASE)).as(err.toString()).isZero();
        assertThat(persons(restored)).isEqualTo(persons(testDatabase));
        Path data = scratch.resolve("data");
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("sira.mv.db"))))
                    .isEqualTo("rw-------");
        }

        assertThat(run("restore", "--from", file.toString(), target, PASSPHRASE)).isEqualTo(1);
        assertThat(err.toString()).contains("--force");
        assertThat(run("restore", "--from=" + file, target, PASSPHRASE, "--force")).as(err.toString()).isZero();
        assertThat(persons(restored)).isEqualTo(persons(testDatabase));
    }

    @Test
    @Tag("asvs-11.3.3")
    void aWrongPassphraseIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
        Path scratch = BackupContract.scratch();
        Path file = scratch.resolve("nightly" + Backups.SUFFIX);
        assertThat(run("backup", "--to", file.toString(), "--spring.datasource.url=" + testDatabase, PASSPHRASE)).isZero();
        Path data = scratch.resolve("data");

        assertThat(run("restore", "--from", file.toString(), "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath().resolve("sira"),
                "--sira.backup.passphrase=someone else's passphrase")).isEqualTo(1);

        assertThat(err.toString()).isNotBlank();
        assertThat(data.resolve("sira.mv.db")).doesNotExist();
    }

    @Test
    void withoutAPassphraseOrAFileTheCommandSaysWhatItNeeds() throws Exception {
        Path file = BackupContract.scratch().resolve("nightly" + Backups.SUFFIX);
        assertThat(run("backup", "--to", file.toString(), "--spring.datasource.url=" + testDatabase, "--sira.backup.passphrase=short")).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(run("restore")).isEqualTo(64);
        assertThat(err.toString()).contains("SIRA_BACKUP_PASSPHRASE");
    }
}
