package org.sira.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.backup.internal.BackupFiles;
import org.sira.backup.internal.DatabaseTarget;
import org.sira.backup.internal.Manifest;
import org.sira.psychosocial.internal.NoteCipher;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backups of the running database, restored into another database of the same kind (a fresh H2
 * file, or a fresh PostgreSQL database): every row comes back, the notes open with the key that
 * was kept apart, and the file holds neither that key nor anything readable.
 */
@Tag("asvs-14.2.4")
@Tag("asvs-11.3.3")
@Tag("asvs-13.3.1")
abstract class BackupContract {

    static final char[] PASSPHRASE = "a test backup passphrase 2026".toCharArray();

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired Backups backups;
    @Autowired NoteCipher cipher;
    @Autowired Environment environment;
    @Value("${sira.data-dir}") String dataDir;

    /** An empty database of the same kind as the test's, apart from it. */
    abstract DatabaseTarget freshTarget() throws Exception;

    static Path scratch() throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "backup-");
    }

    private String personWithANote(String familyName, String text) throws Exception {
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + text + "\",\"sessionDate\":\"2024-03-01\"}"))
                .andExpect(status().isCreated());
        return person;
    }

    private Path backup() throws Exception {
        Path file = scratch().resolve("sira" + Backups.SUFFIX);
        backups.writeTo(file);
        return file;
    }

    private static long rows(DatabaseTarget target, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(target.url(), target.username(), target.password());
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseGivesBackEveryRowAndItsNotesOpenWithTheKeptKey() throws Exception {
        String person = personWithANote("Sauvegardee", "Fait des cauchemars depuis Tamanrasset.");
        Path file = backup();
        DatabaseTarget target = freshTarget();

        Manifest restored = BackupFiles.restore(target, file, PASSPHRASE, false);

        assertThat(restored.rows()).containsKey(restored.database().equals("H2") ? "PSYCHOSOCIAL_NOTE" : "psychosocial_note");
        assertThat(restored.totalRows()).isPositive();
        try (Connection connection = DriverManager.getConnection(target.url(), target.username(), target.password())) {
            PreparedStatement query = connection.prepareStatement("SELECT id, sealed_text FROM psychosocial_note WHERE person_id = ?");
            query.setObject(1, UUID.fromString(person));
            ResultSet note = query.executeQuery();
            assertThat(note.next()).isTrue();
            assertThat(cipher.open(note.getObject(1, UUID.class), note.getString(2))).isEqualTo("Fait des cauchemars depuis Tamanrasset.");
            ResultSet remembered = connection.createStatement().executeQuery(
                    "SELECT setting_value FROM instance_setting WHERE name = 'notes.key.check'");
            assertThat(remembered.next()).isTrue();
            assertThat(remembered.getString(1)).as("the restored database knows the kept key").isEqualTo(cipher.fingerprint());
        }
    }

    @Test
    void theBackupHoldsNeitherTheNotesKeyNorAnyNameOrNoteInClear() throws Exception {
        personWithANote("Introuvablenom", "Parle de Gao et de la frontière.");
        byte[] file = Files.readAllBytes(backup());

        String asText = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("Introuvablenom").doesNotContain("Gao et de la").doesNotContain("psychosocial")
                .doesNotContain("CREATE TABLE").doesNotContain("manifest");
        Path keyFile = Path.of(environment.getProperty("sira.keys-dir", "")).toString().isBlank()
                ? Path.of(dataDir).toAbsolutePath().normalize().getParent().resolve("keys").resolve("notes.key")
                : Path.of(environment.getProperty("sira.keys-dir"), "notes.key");
        String keyInBase64 = Files.readString(keyFile).strip();
        assertThat(asText).doesNotContain(keyInBase64);
        assertThat(indexOf(file, Base64.getDecoder().decode(keyInBase64))).as("the key's bytes").isEqualTo(-1);
    }

    @Test
    @Tag("asvs-11.3.3")
    void aWrongPassphraseOrAnAlteredFileIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        personWithANote("Refusee", "Note.");
        Path file = backup();
        DatabaseTarget target = freshTarget();
        BackupFiles.restore(target, file, PASSPHRASE, false);
        long persons = rows(target, "person");

        assertThatThrownBy(() -> BackupFiles.restore(target, file, "not the passphrase at all".toCharArray(), true))
                .isInstanceOfSatisfying(BackupRefused.class, e -> assertThat(e.messageKey()).isEqualTo("backup.refused.wrong-passphrase"));
        byte[] altered = Files.readAllBytes(file);
        altered[altered.length / 2] ^= 0x10;
        Path alteredFile = scratch().resolve("altered" + Backups.SUFFIX);
        Files.write(alteredFile, altered);
        assertThatThrownBy(() -> BackupFiles.restore(target, alteredFile, PASSPHRASE, true))
                .isInstanceOfSatisfying(BackupRefused.class, e -> assertThat(e.messageKey()).isEqualTo("backup.refused.altered"));

        assertThat(rows(target, "person")).isEqualTo(persons);
    }

    @Test
    void aDatabaseThatHoldsDataIsReplacedOnlyWhenForced() throws Exception {
        Path file = backup();
        DatabaseTarget target = freshTarget();
        BackupFiles.restore(target, file, PASSPHRASE, false);
        try (Connection connection = DriverManager.getConnection(target.url(), target.username(), target.password())) {
            connection.createStatement().execute("DELETE FROM audit_entry");
        }

        assertThatThrownBy(() -> BackupFiles.restore(target, file, PASSPHRASE, false))
                .isInstanceOfSatisfying(BackupRefused.class, e -> assertThat(e.messageKey()).isEqualTo("backup.refused.not-empty"));
        assertThat(rows(target, "audit_entry")).isZero();

        Manifest restored = BackupFiles.restore(target, file, PASSPHRASE, true);
        assertThat(rows(target, "audit_entry")).isEqualTo(restored.rows().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("audit_entry")).findFirst().orElseThrow().getValue()).isPositive();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
