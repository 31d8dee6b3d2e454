package org.sira.security.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts {@link SignInAttempts} in front of a password check: a locked name and address is refused
 * before the password is looked at (right password included), and every refused password counts.
 * For the pages a right password is only half a sign-in when a second factor follows, so there
 * the count is forgotten by the step that completes the sign-in, not here.
 */
public class LockOutGuard implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final boolean passwordCompletesSignIn;

    public LockOutGuard(AuthenticationProvider passwords, SignInAttempts attempts, boolean passwordCompletesSignIn) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.passwordCompletesSignIn = passwordCompletesSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = ClientAddress.of(authentication);
        String name = authentication.getName();
        attempts.check(address, name);
        Authentication checked;
        try {
            checked = passwords.authenticate(authentication);
        } catch (TooManyPasswordChecks notChecked) {
            throw notChecked;
        } catch (AuthenticationException refused) {
            // Wrong password, unknown name, disabled account: all count alike, so none stands out.
            attempts.failed(address, name);
            throw refused;
        }
        if (checked != null && passwordCompletesSignIn) {
            attempts.succeeded(address, name);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
