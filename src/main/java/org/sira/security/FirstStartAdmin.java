package org.sira.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database, creates {@code admin} with {@code SIRA_ADMIN_PASSWORD}, or with a random
 * password printed once in the log, so that a fresh install can be opened at all.
 */
@Component
@Order(0)
class FirstStartAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final String initialPassword;

    FirstStartAdmin(UserAccounts accounts, TransactionTemplate transaction,
                    @Value("${sira.admin.initial-password:${SIRA_ADMIN_PASSWORD:}}") String initialPassword) {
        this.accounts = accounts;
        this.transaction = transaction;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? randomPassword() : initialPassword;
        try {
            transaction.executeWithoutResult(status -> accounts.create(
                    new UserAccounts.NewUser("admin", password, EnumSet.of(Role.ADMIN), "Administrator")));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("SIRA_ADMIN_PASSWORD does not meet the password policy ("
                    + PasswordPolicy.MIN_LENGTH + " characters at least, not guessable, not containing 'admin'): "
                    + e.errors().stream().map(FieldError::messageKey).toList());
        }
        if (generated) {
            log.warn("First start: created user 'admin' with the password {} (printed once; change it, or set SIRA_ADMIN_PASSWORD)", password);
        } else {
            log.info("First start: created user 'admin' with the password from SIRA_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
