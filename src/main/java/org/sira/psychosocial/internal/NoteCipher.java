package org.sira.psychosocial.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals note texts with AES-256-GCM before they reach the database. The key lives outside it:
 * {@code SIRA_NOTES_KEY} (32 bytes in Base64) when set, else a key file made at first start in
 * {@code sira.keys-dir} (by default a {@code keys} folder beside the data folder, never inside it:
 * whoever copies the data folder must not carry the key with it). Each text gets its own nonce, and the note's id is bound to it, so a
 * sealed text copied onto another note does not open.
 */
@Component
public class NoteCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    NoteCipher(@Value("${sira.notes-key:}") String keyInBase64, @Value("${sira.keys-dir:}") String keysDir,
               @Value("${sira.data-dir}") String dataDir) {
        this(keyInBase64, NotesKeyFolder.prepare(keysDir, dataDir).toString());
    }

    NoteCipher(String keyInBase64, String keysDir) {
        this.key = new SecretKeySpec(keyInBase64.isBlank() ? keyFile(Path.of(keysDir, "notes.key")) : decoded(keyInBase64), "AES");
    }

    /**
     * Says which key this is without giving it away, so that the database can remember which key
     * sealed its notes and a wrong one is noticed before it seals anything.
     */
    public String fingerprint() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal("sira notes key check 1".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public String seal(UUID note, String text) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(note.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String open(UUID note, String sealedText) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealedText);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(note.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Another key than the one that sealed it, or a text changed in the database.
            throw new IllegalStateException("note " + note + " cannot be opened with this key", e);
        }
    }

    private static byte[] decoded(String keyInBase64) {
        byte[] key = Base64.getDecoder().decode(keyInBase64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("SIRA_NOTES_KEY must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return key;
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                NotesKeyFolder.createPrivate(file.getParent());
                byte[] key = new byte[32];
                random.nextBytes(key);
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
            return decoded(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the notes key " + file, e);
        }
    }
}
