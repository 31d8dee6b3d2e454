package org.sira.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sira.shared.FieldError;

/**
 * Passwords of at least 12 characters that are not trivially guessable. Length beats complexity
 * rules: a long phrase is both easier to remember and harder to guess.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = Set.of("password1234", "motdepasse12", "123456789012",
            "azertyuiop12", "qwertyuiop12", "administrator", "sira-password", "bamako123456", "passwordpassword");

    private PasswordPolicy() {
    }

    static List<FieldError> check(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(new FieldError("password", "password.too-short", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError("password", "password.too-long", MAX_LENGTH));
        } else if (password.chars().distinct().count() < 5) {
            errors.add(new FieldError("password", "password.too-repetitive"));
        } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))
                || (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT)))) {
            errors.add(new FieldError("password", "password.too-guessable"));
        }
        return errors;
    }
}
