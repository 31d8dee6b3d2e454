package org.sira.backup.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sira.backup.BackupRefused;

/**
 * Writes, checks and restores backup files: a zip of the manifest and the database's copy, sealed
 * by {@link SealedStream}. Nothing else goes in: not the notes key, not the uploaded files.
 */
public final class BackupFiles {

    private BackupFiles() {
    }

    /** Writes a backup of the database into {@code out} (closed at the end) and says what it holds. */
    public static Manifest write(DatabaseTarget target, OutputStream out, char[] passphrase, Instant now) {
        Manifest[] written = new Manifest[1];
        try (OutputStream sealed = SealedStream.sealing(new BufferedOutputStream(out, 1 << 16), passphrase);
             ZipOutputStream zip = new ZipOutputStream(sealed);
             Connection connection = connect(target, true)) {
            H2Copy.ManifestWriter manifest = m -> {
                written[0] = m;
                zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
                m.write(zip);
                zip.closeEntry();
            };
            if (target.isH2()) {
                H2Copy.copy(connection, now, manifest, () -> entry(zip, H2Copy.ENTRY));
            } else if (target.isPostgres()) {
                PostgresCopy.copy(target, connection, now, manifest, () -> entry(zip, PostgresCopy.ENTRY));
            } else {
                throw new BackupRefused("backup.refused.unknown-database");
            }
            zip.closeEntry();
        } catch (SQLException e) {
            throw refusalOf(e);
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        }
        return written[0];
    }

    /** Opens the whole file and checks every segment of it, changing nothing: what it holds. */
    public static Manifest verify(Path file, char[] passphrase) {
        return verify(file, new SealedStream.Opener(passphrase));
    }

    private static Manifest verify(Path file, SealedStream.Opener passphrase) {
        return read(file, passphrase, (manifest, database) -> database.transferTo(OutputStream.nullOutputStream()));
    }

    /**
     * Restores a backup into the configured database after checking the whole file; an embedded
     * H2 is rebuilt beside the old one and put in its place only once its rows match the manifest.
     */
    public static Manifest restore(DatabaseTarget target, Path file, char[] secret, boolean force) {
        SealedStream.Opener passphrase = new SealedStream.Opener(secret);
        Manifest manifest = verify(file, passphrase);
        if (!manifest.database().equals(target.kind())) {
            throw new BackupRefused("backup.refused.other-database", manifest.database(), target.kind());
        }
        if (!manifest.holdsFlywayHistory()) {
            throw new BackupRefused("backup.refused.not-sira");
        }
        if (target.isH2()) {
            restoreH2(target, file, passphrase, force, manifest);
        } else {
            restorePostgres(target, file, passphrase, force, manifest);
        }
        return manifest;
    }

    private static void restoreH2(DatabaseTarget target, Path file, SealedStream.Opener passphrase, boolean force, Manifest manifest) {
        Path database = target.h2File();
        if (database == null) {
            throw new BackupRefused("backup.refused.in-memory");
        }
        Path current = Path.of(database + ".mv.db");
        if (Files.exists(current)) {
            try (Connection connection = connect(target, true)) {
                boolean holdsTables = H2Copy.holdsTables(connection);
                try (var shutdown = connection.createStatement()) {
                    // Closed for good, so that nothing of this process keeps reading the file replaced below.
                    shutdown.execute("SHUTDOWN");
                }
                if (holdsTables && !force) {
                    throw new BackupRefused("backup.refused.not-empty");
                }
            } catch (SQLException e) {
                throw refusalOf(e);
            }
        }
        Path rebuilt = Path.of(database + ".restoring");
        Path rebuiltFile = Path.of(rebuilt + ".mv.db");
        DatabaseTarget beside = new DatabaseTarget("jdbc:h2:file:" + rebuilt, target.username(), target.password());
        try {
            Files.deleteIfExists(rebuiltFile);
            Private.folder(database.getParent());
            read(file, passphrase, (m, script) -> {
                try (Connection connection = connect(beside, false)) {
                    H2Copy.run(script, connection);
                    check(manifest, H2Copy.counted(connection));
                    try (var shutdown = connection.createStatement()) {
                        shutdown.execute("SHUTDOWN");
                    }
                }
            });
            Private.file(rebuiltFile);
            Files.move(rebuiltFile, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(rebuiltFile);
                Files.deleteIfExists(Path.of(rebuilt + ".trace.db"));
            } catch (IOException ignored) {
                // a leftover is removed at the next restore
            }
        }
    }

    private static void restorePostgres(DatabaseTarget target, Path file, SealedStream.Opener passphrase, boolean force, Manifest manifest) {
        if (!manifest.schema().equals(target.postgresSchema())) {
            throw new BackupRefused("backup.refused.other-schema", manifest.schema(), target.postgresSchema());
        }
        try (Connection connection = connect(target, false)) {
            if (PostgresCopy.holdsTables(target, connection) && !force) {
                throw new BackupRefused("backup.refused.not-empty");
            }
            read(file, passphrase, (m, dump) -> PostgresCopy.restore(target, dump, manifest));
            check(manifest, PostgresCopy.counted(target, connection));
        } catch (SQLException e) {
            throw refusalOf(e);
        }
    }

    private static void check(Manifest manifest, Map<String, Long> restored) {
        if (!manifest.rows().equals(restored)) {
            throw new BackupRefused("backup.refused.check-failed", manifest.rows().size(), restored.size());
        }
    }

    interface Reader {
        void read(Manifest manifest, InputStream database) throws IOException, SQLException;
    }

    private static Manifest read(Path file, SealedStream.Opener passphrase, Reader reader) {
        try (InputStream opened = passphrase.open(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             ZipInputStream zip = new ZipInputStream(opened)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(Manifest.ENTRY)) {
                throw new BackupRefused("backup.refused.not-a-backup");
            }
            Manifest manifest = Manifest.read(new NotClosing(zip));
            ZipEntry second = zip.getNextEntry();
            if (second == null || !(second.getName().equals(H2Copy.ENTRY) || second.getName().equals(PostgresCopy.ENTRY))) {
                throw new BackupRefused("backup.refused.not-a-backup");
            }
            reader.read(manifest, new NotClosing(zip));
            // Read to the very end, so that the last segment's tag is checked too.
            zip.transferTo(OutputStream.nullOutputStream());
            while (zip.getNextEntry() != null) {
                zip.transferTo(OutputStream.nullOutputStream());
            }
            opened.transferTo(OutputStream.nullOutputStream());
            return manifest;
        } catch (SealedStream.Refused e) {
            throw new BackupRefused(switch (e.reason()) {
                case NOT_A_BACKUP -> "backup.refused.not-a-backup";
                case WRONG_PASSPHRASE -> "backup.refused.wrong-passphrase";
                case ALTERED -> "backup.refused.altered";
            });
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BackupRefused("backup.refused.no-file", file);
        } catch (java.util.zip.ZipException e) {
            throw new BackupRefused("backup.refused.not-a-backup");
        } catch (IOException e) {
            throw new BackupRefused("backup.failed", e.getMessage());
        } catch (SQLException e) {
            throw refusalOf(e);
        }
    }

    private static Connection connect(DatabaseTarget target, boolean existing) throws SQLException {
        if (target.isH2() && existing && target.h2File() != null) {
            // Never create an empty database where there was none.
            return new DatabaseTarget(target.url() + ";IFEXISTS=TRUE", target.username(), target.password()).connect();
        }
        return target.connect();
    }

    private static BackupRefused refusalOf(SQLException e) {
        // H2: 90020 the file is in use by another process (Sira running); 90146 no such database.
        if (e.getErrorCode() == 90020) {
            return new BackupRefused("backup.refused.in-use");
        }
        if (e.getErrorCode() == 90146) {
            return new BackupRefused("backup.refused.no-database");
        }
        return new BackupRefused("backup.failed", e.getMessage());
    }

    private static OutputStream entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the zip is closed by its owner
            }
        };
    }

    private static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip is closed by its owner
        }
    }
}
