package org.sira.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The AES-256 keys Sira keeps outside its database (notes, second-factor secrets): given in a
 * setting, or made once in a file of the keys folder. That folder is never the data folder, whose
 * copies are the backups people make: by default a {@code keys} folder beside it.
 */
public final class KeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {
    }

    /** The keys folder: the one configured ({@code SIRA_KEYS_DIR}), else {@code keys} beside the data folder. */
    public static Path folder(String configured, String dataDir) {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path parent = data.getParent();
        if (parent == null) {
            throw new IllegalStateException("The data folder is the root of the file system: set SIRA_KEYS_DIR to a folder for the keys");
        }
        return parent.resolve("keys");
    }

    /** The key given in the setting named {@code setting} (Base64), or else the one of {@code file}, made at first use. */
    public static byte[] key(String inBase64, Path file, String setting) {
        return inBase64 == null || inBase64.isBlank() ? fromFile(file, setting) : decoded(inBase64, setting);
    }

    public static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // another start made it first
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private static byte[] fromFile(Path file, String setting) {
        try {
            if (!Files.exists(file)) {
                createPrivateFolder(file.getParent());
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                try {
                    // Readable by Sira's own account alone, from the moment it exists.
                    Path made = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                            ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                            : Files.createFile(file);
                    Files.writeString(made, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it first: read theirs
                }
            }
            return decoded(Files.readString(file, StandardCharsets.US_ASCII), setting);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the key file " + file, e);
        }
    }

    private static byte[] decoded(String inBase64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(inBase64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return key;
    }
}
