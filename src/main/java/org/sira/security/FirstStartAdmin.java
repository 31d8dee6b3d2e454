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
 * On an empty database, creates {@code admin} with {@code SIRA_ADMIN_PASSWORD} (usable at once), or
 * with a random password printed once in the log that must be replaced at the first web sign-in,
 * so that a fresh install can be opened at all.
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
        if (accounts.none()) {
            createAdmin("admin");
        }
    }

    /**
     * Creates the first administrator. A generated password has been in the log: it works once,
     * to sign in on the pages and choose another one, and for nothing else (API calls included).
     * Returns the generated password, or null when the configured one was used.
     */
    String createAdmin(String username) {
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? randomPassword(username) : initialPassword;
        try {
            transaction.executeWithoutResult(status -> {
                UserAccounts.UserAccount admin = accounts.create(
                        new UserAccounts.NewUser(username, password, EnumSet.of(Role.ADMIN), "Administrator"));
                if (generated) {
                    accounts.requirePasswordChange(admin.id());
                }
            });
        } catch (InvalidInputException e) {
            throw new IllegalStateException("SIRA_ADMIN_PASSWORD does not meet the password policy ("
                    + PasswordPolicy.MIN_LENGTH + " characters at least, not guessable, not containing the user name '"
                    + username + "'; a few words chosen at random pass): "
                    + e.errors().stream().map(FieldError::messageKey).toList());
        }
        if (generated) {
            log.warn("First start: created user '{}' with the one-time password {} (printed once). Sign in with it on the "
                    + "web pages (/login): Sira then asks you to choose your own password before anything else, and the "
                    + "API refuses this account until you have. To choose the password yourself instead, set "
                    + "SIRA_ADMIN_PASSWORD before the first start of an empty database.", username, password);
        } else {
            log.info("First start: created user '{}' with the password from SIRA_ADMIN_PASSWORD", username);
        }
        return generated ? password : null;
    }

    private static String randomPassword(String username) {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            // 144 random bits always pass the policy, unless the draw happens to spell a word or the user name.
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (PasswordPolicy.check(username, password).isEmpty()) {
                return password;
            }
        }
    }
}
