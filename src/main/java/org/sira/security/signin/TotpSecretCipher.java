package org.sira.security.signin;

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
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals each user's TOTP secret with AES-256-GCM before it reaches the database, bound to the
 * user's id. The key lives outside the database: {@code SIRA_TWO_FACTOR_KEY} (32 bytes in Base64)
 * when set, else a key file made at first start in {@code sira.keys-dir} ({@code two-factor.key},
 * readable by Sira's account alone). A secret that does not open (another key) opens as nothing:
 * its user signs in with a recovery code and enrols again.
 */
@Component
class TotpSecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TotpSecretCipher(@Value("${sira.two-factor-key:}") String keyInBase64,
                     @Value("${sira.keys-dir:${sira.data-dir}/keys}") String keysDir) {
        this.key = new SecretKeySpec(keyInBase64.isBlank() ? keyFile(Path.of(keysDir, "two-factor.key")) : decoded(keyInBase64), "AES");
    }

    String seal(UUID user, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(user.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    Optional<String> open(UUID user, String sealedSecret) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealedSecret);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(user.toString().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] decoded(String keyInBase64) {
        byte[] key = Base64.getDecoder().decode(keyInBase64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("SIRA_TWO_FACTOR_KEY must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return key;
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] made = new byte[32];
                random.nextBytes(made);
                try {
                    Path created = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                            ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                            : Files.createFile(file);
                    Files.writeString(created, Base64.getEncoder().encodeToString(made), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it first: read theirs
                }
            }
            return decoded(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the two-factor key " + file, e);
        }
    }
}
