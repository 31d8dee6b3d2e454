package org.sira.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the embedded database and the uploaded spreadsheets (the notes key lives
 * beside it, not in it, so that copies of this directory do not carry it; older versions kept it in
 * {@code keys} here, still closed if present): other accounts of the machine must not read them, and
 * H2 makes its files readable by all (mode 644). A missing directory is made private. A directory that holds only Sira's things is closed to everyone but Sira's account (700);
 * in a shared one (someone pointed {@code SIRA_DATA_DIR} at /tmp or a home), Sira's own files and
 * folders are closed one by one and the directory is left as it is.
 */
@Component
class PrivateDataDirectory {

    private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);
    private static final Pattern SIRAS = Pattern.compile("sira\\..*|imports|keys|pending-manifests|uploads");

    private final Path directory;
    private final boolean enabled;

    PrivateDataDirectory(@Value("${sira.data-dir}") String directory, @Value("${sira.data-dir-private:true}") boolean enabled) {
        this.directory = Path.of(directory);
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void close() {
        if (!enabled || !directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (!Files.isDirectory(directory)) {
                // Made private from the start, rather than as whoever writes first would make it.
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException | SecurityException e) {
            log.warn("Could not make the data directory {}: {}", directory, e.toString());
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> all = entries.toList();
            List<Path> ours = all.stream().filter(p -> SIRAS.matcher(p.getFileName().toString()).matches()).toList();
            if (ours.size() == all.size()) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } else {
                for (Path entry : ours) {
                    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(Files.isDirectory(entry) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException | SecurityException e) {
            log.warn("Could not make the data directory {} private to Sira's account: {}", directory, e.toString());
        }
    }
}
