package org.sira.security.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * The login form checks a password at every attempt: each attempt spends from the client
 * address's {@link PasswordCheckBudget}, and once it is spent the attempt is refused unchecked.
 */
public class BudgetedPasswordCheck implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final PasswordCheckBudget budget;

    public BudgetedPasswordCheck(AuthenticationProvider passwords, PasswordCheckBudget budget) {
        this.passwords = passwords;
        this.budget = budget;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        budget.take(ClientAddress.of(authentication)).ifPresent(wait -> {
            throw new TooManyPasswordChecks(wait);
        });
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
