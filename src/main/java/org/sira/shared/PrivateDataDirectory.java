package org.sira.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the embedded database, the uploaded spreadsheets and the notes key:
 * other accounts of the machine must not read them. H2 makes its files readable by all (mode
 * 644), so the directory itself is closed to everyone but Sira's account (700).
 */
@Component
class PrivateDataDirectory {

    private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);

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
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | SecurityException e) {
            log.warn("Could not make the data directory {} private to Sira's account: {}", directory, e.toString());
        }
    }
}
