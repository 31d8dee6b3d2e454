package org.sira.psychosocial.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import org.sira.shared.KeyFiles;

/**
 * The key files of a rotation, when the notes key lives in {@code notes.key}: the new key is
 * written beside it as {@code notes.key.new} before the database changes, and takes its place only
 * once the database committed; the old one is kept as {@code notes.key.retired-<time>}, which
 * older backups need. A rotation cut short leaves {@code notes.key.new}: the next run finishes it.
 */
public final class NotesKeyFiles {

    static final String NEW = NotesKeyFolder.FILE + ".new";

    private NotesKeyFiles() {
    }

    /** The folder of the notes key file, as the running application would find it. */
    public static Path folder(String keysDir, String dataDir) {
        return NotesKeyFolder.prepare(keysDir, dataDir);
    }

    public static Path newKeyFile(Path folder) {
        return folder.resolve(NEW);
    }

    /** The key waiting in {@code notes.key.new}, if a rotation left one; else {@code given} (Base64) or a random one, written there. */
    public static byte[] prepareNew(Path folder, String given) {
        Path file = newKeyFile(folder);
        if (Files.exists(file) || given == null || given.isBlank()) {
            return KeyFiles.key(null, file, "SIRA_NEW_NOTES_KEY");
        }
        byte[] key = KeyFiles.key(given, file, "SIRA_NEW_NOTES_KEY");
        try {
            KeyFiles.createPrivateFolder(folder);
            Path made = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createFile(file);
            Files.writeString(made, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new notes key " + file, e);
        }
    }

    /** Puts the new key in the place of the old one, once the database is sealed under it; the retired file's path. */
    public static Path swap(Path folder, Clock clock) {
        Path current = folder.resolve(NotesKeyFolder.FILE);
        Path retired = folder.resolve(NotesKeyFolder.FILE + ".retired-"
                + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(current)) {
                Files.move(current, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(newKeyFile(folder), current, StandardCopyOption.ATOMIC_MOVE);
            return retired;
        } catch (IOException e) {
            throw new UncheckedIOException("the notes are sealed under the key of " + newKeyFile(folder)
                    + " but it could not take the place of " + current + ": move it there by hand", e);
        }
    }

    /** Forgets a new key the database never used (its rotation was refused). */
    public static void discardNew(Path folder) {
        try {
            Files.deleteIfExists(newKeyFile(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
