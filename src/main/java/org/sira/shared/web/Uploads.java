package org.sira.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.sira.shared.InvalidInputException;
import org.sira.shared.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded spreadsheets are read twice (check, then write): they are first copied to a file in
 * {@code <data dir>/uploads}, a folder only Sira's account may open, where Tomcat also spools the
 * parts of a multipart request (see {@link UploadLocation}). The caller deletes its copy in a
 * {@code finally}; what a killed process left there is swept at the next start. Who may upload is
 * checked by the security filters before the body is read, so a refused caller stores nothing.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final Path directory;

    Uploads(@Value("${sira.data-dir}") String dataDir) throws IOException {
        this.directory = PrivateFiles.folder(Path.of(dataDir, "uploads").toAbsolutePath().normalize());
    }

    /** Where uploads wait while they are read. */
    public Path directory() {
        return directory;
    }

    /**
     * A private copy of the upload; the caller deletes it when done. A file name with control
     * characters (a NUL, an escape sequence) is refused: it would end up in the job list and the logs.
     */
    public Path store(MultipartFile file, String prefix) throws IOException {
        String name = file.getOriginalFilename();
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("file", "upload.file-name.control");
        }
        Path upload = PrivateFiles.temporaryFile(directory, prefix, ".upload");
        try (InputStream in = file.getInputStream(); OutputStream out = PrivateFiles.newOutputStream(upload)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
        return upload;
    }

    /**
     * Removes what a process killed in the middle of an upload or an import left behind: every
     * file older than this process. Files of requests already running in this one are younger.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sweep() {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> stale = files.filter(file -> modified(file).isBefore(started)).toList();
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
            if (!stale.isEmpty()) {
                log.info("Removed {} upload(s) left by an earlier run in {}", stale.size(), directory);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            log.warn("Could not sweep {}: {}", directory, e.toString());
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone already, or unreadable: left to the next sweep
        }
    }
}
