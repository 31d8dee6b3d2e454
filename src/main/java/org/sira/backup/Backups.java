package org.sira.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sira.backup.internal.BackupFiles;
import org.sira.backup.internal.DatabaseTarget;
import org.sira.backup.internal.Manifest;
import org.sira.backup.internal.Private;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypted backups of the database: written into the backups folder (private to Sira's
 * account) from the admin page, or anywhere by the {@code backup} command; checked and put back
 * by the {@code restore} command. They hold the database alone, never the notes key.
 */
@Component
public class Backups {

    public static final String SUFFIX = ".sira-backup";
    static final int MIN_PASSPHRASE = 12;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'sira-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DatabaseTarget target;
    private final String passphrase;
    private final Path folder;
    private final Clock clock;

    @Autowired
    Backups(Environment environment, Clock clock) {
        this(DatabaseTarget.of(environment), environment.getProperty("sira.backup.passphrase", ""),
                folder(environment.getProperty("sira.backup.dir", ""), environment.getRequiredProperty("sira.data-dir")), clock);
    }

    Backups(DatabaseTarget target, String passphrase, Path folder, Clock clock) {
        this.target = target;
        this.passphrase = passphrase == null ? "" : passphrase;
        this.folder = folder;
        this.clock = clock;
    }

    /** A backup and what it holds, as the admin page lists it. */
    public record Backup(String name, long bytes, Instant written) {
    }

    /** The backups folder: {@code sira.backup.dir}, else a {@code backups} folder beside the data folder. */
    static Path folder(String configured, String dataDir) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        return (data.getParent() == null ? data : data.getParent()).resolve("backups");
    }

    public boolean ready() {
        return passphrase.length() >= MIN_PASSPHRASE;
    }

    public Path folder() {
        return folder;
    }

    /** A new backup in the backups folder. */
    public Backup create() {
        Path file = folder.resolve(NAME.format(clock.instant()) + SUFFIX);
        writeTo(file);
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), clock.instant());
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        }
    }

    /**
     * Writes a backup to {@code file}, first under a temporary name beside it so that a backup
     * cut short never looks like a whole one; readable by Sira's account alone.
     */
    public Manifest writeTo(Path file) {
        char[] secret = passphrase();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (Files.exists(file)) {
                throw new BackupRefused("backup.refused.exists", file);
            }
            Private.folder(file.toAbsolutePath().getParent());
            Files.deleteIfExists(part);
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(Private.newFile(part))) {
                manifest = BackupFiles.write(target, out, secret, clock.instant());
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // removed by the next backup of that name
            }
        }
    }

    /** Checks the whole backup under the passphrase, then puts it in place of the configured database. */
    public Manifest restore(Path file, boolean force) {
        return BackupFiles.restore(target, file, passphrase(), force);
    }

    /** The newest backups of the backups folder. */
    public List<Backup> recent(int most) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                backups.add(new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            }
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        }
        backups.sort(Comparator.comparing(Backup::written).reversed().thenComparing(Backup::name, Comparator.reverseOrder()));
        return backups.subList(0, Math.min(most, backups.size()));
    }

    private char[] passphrase() {
        if (!ready()) {
            throw new BackupRefused("backup.refused.no-passphrase", MIN_PASSPHRASE);
        }
        return passphrase.toCharArray();
    }
}
