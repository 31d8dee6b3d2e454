package org.sira.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins towards the lock-out, and audits every login and failed attempt. */
@Component
class LoginEvents {

    private final UserAccounts accounts;
    private final AuditLog audit;

    LoginEvents(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        accounts.recordFailedLogin(username);
        audit.recordAlone(username, "LOGIN_FAILED", "USER", username);
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordAlone(username, "LOGIN_LOCKED", "USER", username);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccessfulLogin(username);
    }
}
