package org.sira.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of personal data (uploaded registers, refused rows) are created readable by Sira's
 * account alone from their first byte: 0600 for files, 0700 for folders, whatever the umask.
 * Setting the mode after creating the file would leave a moment when another account could open it.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** The folder, created private if it is missing; an existing one is closed to other accounts. */
    public static Path folder(Path folder) throws IOException {
        if (!posix(folder.getFileSystem())) {
            return Files.createDirectories(folder);
        }
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
            return folder;
        }
        return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** A new empty file with a random name in {@code folder}, readable and writable by Sira's account alone. */
    public static Path temporaryFile(Path folder, String prefix, String suffix) throws IOException {
        return posix(folder.getFileSystem())
                ? Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, prefix, suffix);
    }

    /** Writes a new file (or truncates an existing one), created private when it did not exist. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        if (posix(file.getFileSystem()) && !Files.exists(file)) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, mode);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static boolean posix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
