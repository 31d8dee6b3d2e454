package org.sira.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** A user's authorities are their roles ({@code ROLE_X}) and every permission those roles hold. */
@Component
class SiraUserDetails implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    SiraUserDetails(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 100) {
            throw new UsernameNotFoundException("no such user");
        }
        UserAccounts.UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        UserDetails user = User.withUsername(account.username())
                .password(accounts.passwordHash(username).orElseThrow())
                .authorities(authorities(account))
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(OffsetDateTime.now(clock)))
                .build();
        return new SiraUser(user, account.sessionEpoch());
    }

    /**
     * An account that holds roles refused together (given before the rule) is treated as not
     * holding the roles that read psychosocial notes, until an administrator corrects it.
     */
    static List<GrantedAuthority> authorities(UserAccounts.UserAccount account) {
        boolean incompatible = account.rolesIncompatible();
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : account.roles()) {
            if (incompatible && role.may(Permission.PSYCHOSOCIAL_NOTES)) {
                continue;
            }
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permissions.addAll(role.permissions());
        }
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }

    /** The signed-in user, with the session epoch of the account when they signed in (see {@link LiveAccountCheck}). */
    static final class SiraUser extends User {

        private static final long serialVersionUID = 1L;

        private final int sessionEpoch;

        SiraUser(UserDetails user, int sessionEpoch) {
            // The hash may have been erased after sign-in; a principal carried in a session needs none.
            super(user.getUsername(), user.getPassword() == null ? "" : user.getPassword(), user.isEnabled(),
                    user.isAccountNonExpired(), user.isCredentialsNonExpired(), user.isAccountNonLocked(), user.getAuthorities());
            this.sessionEpoch = sessionEpoch;
        }

        int sessionEpoch() {
            return sessionEpoch;
        }

        /** The same user after a change of their own password: this session goes on under the new epoch. */
        SiraUser withEpoch(int epoch) {
            return new SiraUser(User.withUserDetails(this).password("").build(), epoch);
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
