package org.sira.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for short texts kept in the database (notes, second-factor secrets): a fresh nonce
 * for each, and the id of the record it belongs to bound to it, so a sealed text copied onto
 * another record does not open. Stored as Base64 of nonce then ciphertext and tag.
 */
public final class SealedText {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SealedText(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public byte[] keyBytes() {
        return key.getEncoded();
    }

    public String seal(String boundTo, String text) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The text; {@link GeneralSecurityException} for another key, another record or a changed text. */
    public String open(String boundTo, String sealedText) throws GeneralSecurityException {
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealedText);
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("not a sealed text", notBase64);
        }
        if (stored.length < NONCE_BYTES) {
            throw new GeneralSecurityException("not a sealed text");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }
}
