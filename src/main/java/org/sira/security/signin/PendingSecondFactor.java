package org.sira.security.signin;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Half a sign-in: the password was right, the second factor is still owed. It holds no role and
 * no permission, so it opens nothing but the second step (or, when the user has no second factor
 * yet and their role requires one, the enrolment page).
 */
public class PendingSecondFactor extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    private final String username;
    private final boolean mustEnrol;

    PendingSecondFactor(String username, boolean mustEnrol) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.username = username;
        this.mustEnrol = mustEnrol;
        setAuthenticated(true);
    }

    public boolean mustEnrol() {
        return mustEnrol;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
