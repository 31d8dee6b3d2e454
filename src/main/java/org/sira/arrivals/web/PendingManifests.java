package org.sira.arrivals.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.sira.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Manifest files waiting, between two requests, for a person to say what their columns hold. The
 * file stays on the server in the data directory (never in the page) under a random key that only
 * the session which uploaded it knows: another user, or the same user in another session, cannot
 * name it. It is deleted once staged, on cancel, when the session ends, or after {@link #KEPT_FOR}.
 */
@Component
class PendingManifests {

    /** Long enough to finish a mapping interrupted by a bus arriving; short for a list of names. */
    static final Duration KEPT_FOR = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(PendingManifests.class);
    private static final String SESSION_ATTRIBUTE = PendingManifests.class.getName();

    private final Path directory;
    private final Clock clock;

    PendingManifests(@Value("${sira.data-dir}") String dataDir, Clock clock) {
        this.directory = Path.of(dataDir, "pending-manifests");
        this.clock = clock;
    }

    /** Moves the upload in and answers the key that names it in this session. */
    String keep(HttpSession session, UUID groupId, Path upload) throws IOException {
        sweep();
        createDirectory();
        String key = UUID.randomUUID().toString();
        Path kept = directory.resolve(key + ".upload");
        Files.move(upload, kept, StandardCopyOption.REPLACE_EXISTING);
        shelf(session).waiting.put(key, new Waiting(groupId, CurrentUser.name(), kept.toString(), clock.instant()));
        return key;
    }

    /** The file under this key, if this session kept it for this group, by this user, not too long ago. */
    Optional<Path> find(HttpSession session, String key, UUID groupId) {
        Waiting waiting = shelf(session).waiting.get(key);
        if (waiting == null || !waiting.groupId().equals(groupId) || !waiting.user().equals(CurrentUser.name())) {
            return Optional.empty();
        }
        Path file = Path.of(waiting.file());
        if (waiting.keptAt().plus(KEPT_FOR).isBefore(clock.instant()) || !Files.exists(file)) {
            discard(session, key);
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /**
     * Takes the file off the shelf for staging: of two requests with the same key (a double tap on
     * a slow phone) only one gets it, so a manifest is never staged twice. The caller deletes it.
     */
    Optional<Path> claim(HttpSession session, String key, UUID groupId) {
        Optional<Path> file = find(session, key, groupId);
        if (file.isEmpty() || shelf(session).waiting.remove(key) == null) {
            return Optional.empty();
        }
        return file;
    }

    void discard(HttpSession session, String key) {
        Waiting waiting = shelf(session).waiting.remove(key);
        if (waiting != null) {
            delete(Path.of(waiting.file()));
        }
    }

    /** Files left behind by sessions that never ended properly (a crash, a restart). */
    @EventListener(ApplicationReadyEvent.class)
    void sweep() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant limit = clock.instant().minus(KEPT_FOR);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> modified(file).isBefore(limit)).forEach(PendingManifests::delete);
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", directory, e.getMessage());
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Lists of names of people just expelled: readable by the application's account alone.
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Synchronised so that two uploads at once in one session cannot each install a shelf. */
    private static synchronized Shelf shelf(HttpSession session) {
        Shelf shelf = (Shelf) session.getAttribute(SESSION_ATTRIBUTE);
        if (shelf == null) {
            shelf = new Shelf();
            session.setAttribute(SESSION_ATTRIBUTE, shelf);
        }
        return shelf;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next sweep tries again; a failed clean-up must not fail the user's request.
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private record Waiting(UUID groupId, String user, String file, Instant keptAt) implements Serializable {
    }

    /** The session's waiting files; deletes them when the session ends (log-out, time-out). */
    private static final class Shelf implements HttpSessionBindingListener, Serializable {

        private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            waiting.values().forEach(w -> delete(Path.of(w.file())));
            waiting.clear();
        }
    }
}
