package org.sira.security.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.sira.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of the web sign-in: a TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) sealed in
 * the database, and ten single-use recovery codes kept as SHA-256 hashes (each has 120 random bits,
 * so a fast hash is enough). A code is accepted in the period before or after the current one, and
 * each period only once (a code seen over someone's shoulder cannot be used again).
 */
@Service
public class SecondFactors {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_CHARACTERS = 24;

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    SecondFactors(JdbcClient jdbc, TotpSecretCipher cipher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** ADMIN and COUNSELLOR must sign in to the pages with a second factor; every other role may. */
    public static boolean requiredFor(Iterable<? extends GrantedAuthority> authorities) {
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if ("ROLE_ADMIN".equals(name) || "ROLE_COUNSELLOR".equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM two_factor t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", username).query(Long.class).single() > 0;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// address of this secret as a PNG QR code, in a data: URI the page's CSP allows. */
    public String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Sira")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not drawn", e);
        }
    }

    /** The period a code for this secret belongs to, if it is one of now's or its neighbours'. */
    OptionalLong period(String secret, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long period = now - 1; period <= now + 1; period++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, period).getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(period);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Enrols the user with a secret they proved to hold (a first right code), replacing any
     * earlier one; gives back their ten new recovery codes, which are never shown again.
     */
    @Transactional
    public Optional<List<String>> enrol(String username, String secret, String firstCode) {
        OptionalLong period = period(secret, firstCode);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        UUID user = userId(username);
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :u").param("u", user).update();
        jdbc.sql("DELETE FROM two_factor WHERE user_id = :u").param("u", user).update();
        jdbc.sql("INSERT INTO two_factor (user_id, secret_sealed, last_period, enrolled_at) VALUES (:u, :s, :p, :at)")
                .param("u", user).param("s", cipher.seal(user, secret)).param("p", period.getAsLong())
                .param("at", OffsetDateTime.now(clock)).update();
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            recovery.add(code);
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (:u, :h)").param("u", user).param("h", hash(code)).update();
        }
        audit.record("TWO_FACTOR_ENROL", "USER", user.toString(), null, null);
        return Optional.of(recovery);
    }

    /** Whether this is the user's current TOTP code (not used before) or one of their unused recovery codes. */
    @Transactional
    public boolean verify(String username, String code) {
        Optional<UUID> found = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).optional();
        if (found.isEmpty() || code == null || code.length() > 100) {
            return false;
        }
        UUID user = found.get();
        if (code.strip().matches("\\d{3}\\s?\\d{3}")) {
            return jdbc.sql("SELECT secret_sealed FROM two_factor WHERE user_id = :u").param("u", user).query(String.class).optional()
                    .flatMap(sealed -> cipher.open(user, sealed))
                    .map(secret -> period(secret, code))
                    .filter(OptionalLong::isPresent)
                    // Each period's code once only: the update is the check, so two requests cannot both win.
                    .map(period -> jdbc.sql("UPDATE two_factor SET last_period = :p WHERE user_id = :u AND last_period < :p")
                            .param("p", period.getAsLong()).param("u", user).update() == 1)
                    .orElse(false);
        }
        String normalised = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean used = jdbc.sql("UPDATE recovery_code SET used_at = :at WHERE user_id = :u AND code_hash = :h AND used_at IS NULL")
                .param("at", OffsetDateTime.now(clock)).param("u", user).param("h", hash(normalised)).update() == 1;
        if (used) {
            audit.recordAlone(username, "RECOVERY_CODE_USED", "USER", user.toString());
        }
        return used;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM recovery_code r JOIN app_user u ON u.id = r.user_id
                WHERE u.username = :u AND r.used_at IS NULL""").param("u", username).query(Long.class).single().intValue();
    }

    private UUID userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_CODE_CHARACTERS; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Groups of four, to read and type: a recovery code as the user is shown it. */
    public static String shown(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
