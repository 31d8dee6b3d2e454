package org.sira.psychosocial.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("asvs-13.3.2")
@Tag("asvs-14.2.4")
class NotesKeyFolderTest {

    private static Path fresh() throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "keys-");
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theKeyFileIsMadeBesideTheDataFolderNotInIt() throws Exception {
        Path root = fresh();
        Path data = Files.createDirectory(root.resolve("data"));

        Path folder = NotesKeyFolder.prepare("", data.toString());
        new NoteCipher("", folder.toString());

        assertThat(folder).isEqualTo(root.toAbsolutePath().normalize().resolve("keys"));
        assertThat(folder.resolve("notes.key")).exists();
        try (var inData = Files.walk(data)) {
            assertThat(inData.filter(p -> p.getFileName().toString().equals("notes.key"))).isEmpty();
        }
        if (posix(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void theKeyOfAnOlderVersionIsMovedOutOfTheDataFolderPrivatelyAndStillOpensItsNotes() throws Exception {
        Path root = fresh();
        Path data = Files.createDirectory(root.resolve("data"));
        // As versions before this one made it: <data>/keys/notes.key.
        NoteCipher before = new NoteCipher("", data.resolve("keys").toString());
        UUID note = UUID.randomUUID();
        String sealed = before.seal(note, "Parle de la traversée.");

        Path folder = NotesKeyFolder.prepare(null, data.toString());
        NoteCipher after = new NoteCipher("", folder.toString());

        assertThat(after.open(note, sealed)).isEqualTo("Parle de la traversée.");
        assertThat(data.resolve("keys")).doesNotExist();
        assertThat(folder.resolve("notes.key")).exists();
        if (posix(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("notes.key")))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void aKeyAlreadyBesideTheDataIsKeptAndTheOlderOneIsNeitherUsedNorDestroyed() throws Exception {
        Path root = fresh();
        Path data = Files.createDirectory(root.resolve("data"));
        NoteCipher older = new NoteCipher("", data.resolve("keys").toString());
        NoteCipher current = new NoteCipher("", root.resolve("keys").toString());

        Path folder = NotesKeyFolder.prepare("", data.toString());

        assertThat(new NoteCipher("", folder.toString()).fingerprint()).isEqualTo(current.fingerprint()).isNotEqualTo(older.fingerprint());
        assertThat(data.resolve("keys").resolve("notes.key")).exists();
    }

    @Test
    void aKeysFolderChosenByTheAdministratorIsUsedAsItIs() throws Exception {
        Path root = fresh();
        Path data = Files.createDirectory(root.resolve("data"));
        Path chosen = root.resolve("elsewhere");

        assertThat(NotesKeyFolder.prepare(chosen.toString(), data.toString())).isEqualTo(chosen.toAbsolutePath().normalize());
        assertThat(NotesKeyFolder.prepare(data.resolve("keys").toString(), data.toString()))
                .as("even inside the data folder, when chosen (a warning says why not)").isEqualTo(data.resolve("keys").toAbsolutePath().normalize());
    }
}
