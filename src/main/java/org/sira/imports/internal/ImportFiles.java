package org.sira.imports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.sira.shared.DomainException;
import org.sira.shared.Ids;
import org.sira.shared.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files imports keep in the data directory: each job's refused rows, and the file of a refused
 * import whose valid rows may still be imported. They hold personal data and are kept no longer
 * than they serve.
 */
@Component
public class ImportFiles {

    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);
    /** How long the file of a refused import is kept for its valid rows to be imported after all. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private final Path directory;
    private final Clock clock;

    ImportFiles(@Value("${sira.data-dir}") String dataDir, Clock clock) {
        this.directory = Path.of(dataDir, "imports");
        this.clock = clock;
    }

    /** The folder, made private, with the files past their time gone. */
    public void prepare() throws IOException {
        forgetOldUploads();
        PrivateFiles.folder(directory);
    }

    public Path refusedRows(UUID job) {
        return directory.resolve(job + "-refused.csv");
    }

    public Path keptUpload(UUID job) {
        return directory.resolve(job + "-upload");
    }

    /** Keeps the file of a refused import, for its valid rows to be imported after all. */
    public void keep(Path upload, UUID job) {
        try {
            Files.move(upload, keptUpload(job));
        } catch (IOException e) {
            log.warn("Could not keep the file of refused import {}: its valid rows cannot be imported from it", job, e);
        }
    }

    /**
     * Takes the kept file of a refused import for a new job. Works once; a second request (a double
     * click, another user) finds the file taken.
     */
    public Path take(UUID refusedJob) {
        // Still named "-upload" so that a copy left by a stop of the server is cleaned up like the others.
        Path taken = directory.resolve(refusedJob + "-taken-" + Ids.newId() + "-upload");
        try {
            // A rename within one directory is atomic: of two requests, one gets the file.
            Files.move(keptUpload(refusedJob), taken);
            Files.setLastModifiedTime(taken, FileTime.from(clock.instant()));
        } catch (NoSuchFileException gone) {
            throw new DomainException("imports.valid-rows.gone");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return taken;
    }

    /** Kept files hold personal data: none stays longer than {@link #KEPT_FOR}. */
    public void forgetOldUploads() {
        Instant limit = clock.instant().minus(KEPT_FOR);
        forget(name -> name.endsWith("-upload"), limit, "Could not clean the kept import files");
    }

    /**
     * Copies taken for "import the valid rows" by a job a stop of the server cut short (older than
     * this process): no job will read them, and they hold a whole register.
     */
    public void forgetTakenUploads() {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        forget(name -> name.contains("-taken-"), started, "Could not clean the import files left by a stop of the server");
    }

    private void forget(Predicate<String> named, Instant before, String failure) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> named.test(f.getFileName().toString())).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (NoSuchFileException none) {
            // No import yet.
        } catch (IOException | UncheckedIOException e) {
            log.warn(failure, e);
        }
    }
}
