package org.sira.security.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** This client address has spent its budget of password checks: answered at once, without checking. */
public class TooManyPasswordChecks extends AuthenticationException {

    private final transient Duration retryAfter;

    public TooManyPasswordChecks(Duration retryAfter) {
        super("too many password checks from this address");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
