package org.sira.psychosocial.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Tag("asvs-11.3.2")
    @Tag("asvs-11.3.3")
    @Test
    void opensWhatItSealedAndNothingElse(@TempDir Path keys) {
        NoteCipher cipher = new NoteCipher(KEY, keys.toString());
        UUID note = UUID.randomUUID();
        String sealed = cipher.seal(note, "Pleure en parlant de Tamanrasset.");

        assertThat(cipher.open(note, sealed)).isEqualTo("Pleure en parlant de Tamanrasset.");
        assertThat(cipher.seal(note, "Pleure en parlant de Tamanrasset.")).as("a new nonce each time").isNotEqualTo(sealed);
        // Copied onto another note, or read with another key, it does not open.
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        NoteCipher otherKey = new NoteCipher(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}), keys.toString());
        assertThatThrownBy(() -> otherKey.open(note, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Tag("asvs-13.3.2")
    @Test
    void withoutAConfiguredKeyMakesOneFileReadableByItsOwnerAloneAndKeepsUsingIt(@TempDir Path keys) throws Exception {
        NoteCipher first = new NoteCipher("", keys.toString());
        UUID note = UUID.randomUUID();
        String sealed = first.seal(note, "Séance 1");

        Path file = keys.resolve("notes.key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(new NoteCipher("", keys.toString()).open(note, sealed)).isEqualTo("Séance 1");
    }

    @Tag("asvs-11.2.3")
    @Test
    void refusesAConfiguredKeyOfTheWrongLength(@TempDir Path keys) {
        assertThatThrownBy(() -> new NoteCipher(Base64.getEncoder().encodeToString(new byte[16]), keys.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
