package org.sira.psychosocial.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key files of a rotation: the new key waits beside the old one until the database moved to it. */
class NotesKeyFilesTest {

    @Test
    void theNewKeyTakesTheOldOnesPlaceWhichIsKeptForOlderBackups(@TempDir Path keys) {
        NoteCipher old = new NoteCipher("", keys.toString());
        UUID note = UUID.randomUUID();
        String sealedBefore = old.seal(note, "Avant");

        NoteCipher next = NoteCipher.of(NotesKeyFiles.prepareNew(keys, null));
        assertThat(NoteCipher.of(NotesKeyFiles.prepareNew(keys, null)).fingerprint()).as("a second run finds the same new key")
                .isEqualTo(next.fingerprint());
        Path retired = NotesKeyFiles.swap(keys, Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC));

        assertThat(new NoteCipher("", keys.toString()).fingerprint()).isEqualTo(next.fingerprint());
        assertThat(retired.getFileName().toString()).isEqualTo("notes.key.retired-20261207-010000");
        assertThat(Files.exists(keys.resolve("notes.key.new"))).isFalse();
        byte[] retiredKey = Base64.getDecoder().decode(readString(retired).strip());
        assertThat(NoteCipher.of(retiredKey).open(note, sealedBefore)).isEqualTo("Avant");
    }

    @Test
    void aGivenNewKeyIsWrittenAndARefusedRotationForgetsIt(@TempDir Path keys) {
        byte[] given = new byte[32];
        given[0] = 7;
        assertThat(NotesKeyFiles.prepareNew(keys, Base64.getEncoder().encodeToString(given))).isEqualTo(given);
        assertThat(keys.resolve("notes.key.new")).exists();
        NotesKeyFiles.discardNew(keys);
        assertThat(keys.resolve("notes.key.new")).doesNotExist();
        assertThatThrownBy(() -> NotesKeyFiles.prepareNew(keys, "c2hvcnQ=")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
