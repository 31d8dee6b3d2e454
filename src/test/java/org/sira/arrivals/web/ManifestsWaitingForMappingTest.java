package org.sira.arrivals.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A manifest file waiting for its column mapping is kept for its session, for a while, and then deleted. */
class ManifestsWaitingForMappingTest {

    @TempDir Path dataDir;
    private final UUID group = UUID.randomUUID();
    private Instant now = Instant.parse("2024-06-01T08:00:00Z");

    private PendingManifests pending() {
        return new PendingManifests(dataDir.toString(), new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        });
    }

    private Path upload() throws IOException {
        return Files.writeString(dataDir.resolve("upload-" + UUID.randomUUID()), "NOM ET PRENOMS\nTRAORE Moussa\n");
    }

    @Test
    void theFileIsFoundByItsSessionOnlyAndForItsGroupOnly() throws IOException {
        PendingManifests pending = pending();
        MockHttpSession session = new MockHttpSession();
        String key = pending.keep(session, group, upload());

        assertThat(pending.find(session, key, group)).hasValueSatisfying(file -> assertThat(file).exists());
        assertThat(pending.find(new MockHttpSession(), key, group)).isEmpty();
        assertThat(pending.find(session, key, UUID.randomUUID())).isEmpty();
        assertThat(pending.find(session, "../../etc/passwd", group)).isEmpty();
    }

    @Test
    void theFileIsForgottenAndDeletedOnceKeptTooLong() throws IOException {
        PendingManifests pending = pending();
        MockHttpSession session = new MockHttpSession();
        String key = pending.keep(session, group, upload());
        Path file = pending.find(session, key, group).orElseThrow();

        now = now.plus(PendingManifests.KEPT_FOR).plusSeconds(1);

        assertThat(pending.find(session, key, group)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void theFilesOfASessionAreDeletedWhenItEnds() throws IOException {
        PendingManifests pending = pending();
        MockHttpSession session = new MockHttpSession();
        Path file = pending.find(session, pending.keep(session, group, upload()), group).orElseThrow();

        session.invalidate();

        assertThat(file).doesNotExist();
    }

    @Test
    void filesLeftBehindByAnEndedProcessAreSweptAfterTheDelay() throws IOException {
        PendingManifests pending = pending();
        MockHttpSession session = new MockHttpSession();
        Path old = pending.find(session, pending.keep(session, group, upload()), group).orElseThrow();
        Optional<Path> recent = pending.find(session, pending.keep(session, group, upload()), group);
        Files.setLastModifiedTime(old, FileTime.from(now.minus(PendingManifests.KEPT_FOR).minus(Duration.ofMinutes(1))));

        pending.sweep();

        assertThat(old).doesNotExist();
        assertThat(recent).hasValueSatisfying(file -> assertThat(file).exists());
    }
}
