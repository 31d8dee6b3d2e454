package org.sira.security.signin;

import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

import org.sira.shared.KeyFiles;
import org.sira.shared.SealedText;
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

    private final SealedText sealing;

    TotpSecretCipher(@Value("${sira.two-factor-key:}") String keyInBase64, @Value("${sira.keys-dir:}") String keysDir,
                     @Value("${sira.data-dir}") String dataDir) {
        this.sealing = new SealedText(KeyFiles.key(keyInBase64,
                KeyFiles.folder(keysDir, dataDir).resolve("two-factor.key"), "SIRA_TWO_FACTOR_KEY"));
    }

    String seal(UUID user, String secret) {
        return sealing.seal(user.toString(), secret);
    }

    Optional<String> open(UUID user, String sealedSecret) {
        try {
            return Optional.of(sealing.open(user.toString(), sealedSecret));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
