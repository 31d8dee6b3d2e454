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
        return User.withUsername(account.username())
                .password(accounts.passwordHash(username).orElseThrow())
                .authorities(authorities(account))
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(OffsetDateTime.now(clock)))
                .build();
    }

    static List<GrantedAuthority> authorities(UserAccounts.UserAccount account) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : account.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permissions.addAll(role.permissions());
        }
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }
}
