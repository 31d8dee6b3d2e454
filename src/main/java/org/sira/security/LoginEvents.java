package org.sira.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Audits every failed and refused sign-in. The lock-out itself is counted per client address and
 * account name by {@link org.sira.security.signin.SignInAttempts}, no longer on the account: one
 * stranger's wrong passwords must not lock the owner out.
 */
@Component
class LoginEvents {

    private final AuditLog audit;

    LoginEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordAlone(username, "LOGIN_FAILED", "USER", username);
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordAlone(username, "LOGIN_LOCKED", "USER", username);
    }
}
