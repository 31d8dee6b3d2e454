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
 * The data directory holds the embedded database, the uploaded spreadsheets and the notes key:
 * other accounts of the machine must not read them, and H2 makes its files readable by all (mode
 * 644). A directory that holds only Sira's things is closed to everyone but Sira's account (700);
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
        if (!enabled || !Files.isDirectory(directory)
                || !directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
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
