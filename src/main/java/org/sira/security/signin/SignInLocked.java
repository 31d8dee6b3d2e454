package org.sira.security.signin;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this account name from this address: refused, password unchecked, for a while. */
public class SignInLocked extends LockedException {

    private final transient Duration retryAfter;

    public SignInLocked(Duration retryAfter) {
        super("too many failed sign-ins for this name from this address");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
