package org.sira.psychosocial.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.sira.shared.KeyFiles;
import org.sira.shared.SealedText;
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

    private final SealedText sealing;

    @Autowired
    NoteCipher(@Value("${sira.notes-key:}") String keyInBase64, @Value("${sira.keys-dir:}") String keysDir,
               @Value("${sira.data-dir}") String dataDir) {
        this(keyInBase64, NotesKeyFolder.prepare(keysDir, dataDir).toString());
    }

    NoteCipher(String keyInBase64, String keysDir) {
        this(KeyFiles.key(keyInBase64, Path.of(keysDir, NotesKeyFolder.FILE), "SIRA_NOTES_KEY"));
    }

    private NoteCipher(byte[] key) {
        this.sealing = new SealedText(key);
    }

    /** A cipher of this key (32 bytes), as the key rotation needs for the key it moves to. */
    public static NoteCipher of(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalStateException("a notes key is 32 bytes");
        }
        return new NoteCipher(key.clone());
    }

    /**
     * Says which key this is without giving it away, so that the database can remember which key
     * sealed its notes and a wrong one is noticed before it seals anything.
     */
    public String fingerprint() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sealing.keyBytes(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal("sira notes key check 1".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public String seal(UUID note, String text) {
        return sealing.seal(note.toString(), text);
    }

    public String open(UUID note, String sealedText) {
        try {
            return sealing.open(note.toString(), sealedText);
        } catch (GeneralSecurityException e) {
            // Another key than the one that sealed it, or a text changed in the database.
            throw new IllegalStateException("note " + note + " cannot be opened with this key", e);
        }
    }
}
