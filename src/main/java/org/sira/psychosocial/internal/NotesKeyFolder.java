package org.sira.psychosocial.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.sira.shared.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the file of the notes key lives: never in the data folder, whose copies are the backups
 * people make, so that a copy of the database never carries the key that opens its notes. The
 * default is a {@code keys} folder beside the data folder ({@code ./keys} for {@code ./data});
 * {@code SIRA_KEYS_DIR} chooses another. Versions before this one kept the key in
 * {@code <data>/keys}: it is moved out at start, so the notes stay readable.
 */
final class NotesKeyFolder {

    static final String FILE = "notes.key";
    private static final Logger log = LoggerFactory.getLogger(NotesKeyFolder.class);

    private NotesKeyFolder() {
    }

    /** The folder of the key file, the key of an older version moved into it if it has none. */
    static Path prepare(String configured, String dataDir) {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        Path folder = KeyFiles.folder(configured, dataDir);
        Path legacy = data.resolve("keys").resolve(FILE);
        if (!folder.equals(legacy.getParent()) && Files.isRegularFile(legacy)) {
            if (Files.exists(folder.resolve(FILE))) {
                log.warn("An older notes key file {} is still in the data folder, where copies of it carry it; Sira uses {}. "
                        + "Once the notes read well, keep that older file apart (or destroy it) and remove it from the data folder.",
                        legacy, folder.resolve(FILE));
            } else {
                move(legacy, folder);
            }
        }
        if (folder.startsWith(data)) {
            log.warn("The notes key folder {} is inside the data folder {}: a copy of the data folder then carries the key "
                    + "that opens the notes. Set SIRA_KEYS_DIR outside it (see docs/backups.md).", folder, data);
        }
        return folder;
    }

    private static void move(Path legacy, Path folder) {
        Path target = folder.resolve(FILE);
        try {
            KeyFiles.createPrivateFolder(folder);
            try {
                Files.move(legacy, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherDisk) {
                Files.copy(legacy, target, StandardCopyOption.COPY_ATTRIBUTES);
                Files.delete(legacy);
            }
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            }
            try {
                Files.deleteIfExists(legacy.getParent());
            } catch (DirectoryNotEmptyException somethingElseThere) {
                // not ours to remove
            }
            log.warn("The notes key was moved out of the data folder, from {} to {}, so that copies of the data folder no longer "
                    + "carry it. Keep a copy of it apart from the backups (see docs/backups.md).", legacy, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the notes key from " + legacy + " to " + target
                    + " (move it by hand, or set SIRA_KEYS_DIR to " + legacy.getParent() + ")", e);
        }
    }
}
