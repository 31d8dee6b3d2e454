package org.sira.security;

import java.util.List;

import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password, knowing the current one. Nobody changes another user's
 * password: an administrator who could would become that user (a counsellor, for instance).
 */
@Service
public class PasswordChanges {

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    PasswordChanges(UserAccounts accounts, JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * Replaces the password and raises the session epoch, so that every other open session of
     * the account ends; the caller carries the returned account into its own session.
     */
    @Transactional
    public UserAccounts.UserAccount changeOwn(String username, String currentPassword, String newPassword) {
        UserAccounts.UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("USER", username));
        String hash = accounts.passwordHash(username).orElseThrow();
        if (currentPassword == null || currentPassword.length() > PasswordPolicy.MAX_LENGTH * 4
                || !encoder.matches(currentPassword, hash)) {
            // Audited apart: the refusal rolls this transaction back.
            audit.recordAlone(username, "PASSWORD_CHANGE_REFUSED", "USER", account.id().toString());
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        List<FieldError> errors = PasswordPolicy.check("newPassword", username, newPassword);
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors = List.of(new FieldError("newPassword", "password.same-as-current"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = FALSE,
                       session_epoch = session_epoch + 1, version = version + 1
                WHERE id = :id""")
                .param("hash", encoder.encode(newPassword)).param("id", account.id()).update();
        audit.record("PASSWORD_CHANGE", "USER", account.id().toString(), null, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
