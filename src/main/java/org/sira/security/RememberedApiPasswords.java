package org.sira.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.sira.security.signin.ClientAddress;
import org.sira.security.signin.PasswordCheckBudget;
import org.sira.security.signin.TooManyPasswordChecks;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic sends the password with every API call, and Argon2 makes each check cost 50 to 120 ms
 * of CPU on purpose: a partner system sending a thousand calls paid it a thousand times. A password
 * found right is remembered for a few minutes as an HMAC under a key that exists only in this
 * process (never the password, never on disk); a call with the same password then skips Argon2.
 * The account itself (enabled, locked, roles) is still read at every call, and a wrong password
 * always goes through Argon2 and counts towards the lock-out. A password not remembered is only
 * checked while the caller's address has some of its {@link PasswordCheckBudget} left: a client
 * sending wrong credentials cannot keep the cores busy for everyone else.
 */
class RememberedApiPasswords implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private record Remembered(byte[] mac, Instant until, String hash) {
    }

    private final DaoAuthenticationProvider argon2;
    private final UserDetailsService users;
    private final Clock clock;
    private final PasswordCheckBudget budget;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedApiPasswords(UserDetailsService users, PasswordEncoder encoder, Clock clock, PasswordCheckBudget budget) {
        this.argon2 = new DaoAuthenticationProvider(users);
        this.argon2.setPasswordEncoder(encoder);
        this.users = users;
        this.clock = clock;
        this.budget = budget;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        byte[] mac = mac(username, String.valueOf(authentication.getCredentials()));
        Remembered known = remembered.get(username);
        if (known != null && known.until().isAfter(clock.instant()) && MessageDigest.isEqual(known.mac(), mac)) {
            UserDetails user = users.loadUserByUsername(username);
            if (!user.isAccountNonLocked()) {
                remembered.remove(username);
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                remembered.remove(username);
                throw new DisabledException("disabled");
            }
            // A password changed since it was remembered is checked again (and then refused).
            if (known.hash().equals(user.getPassword())) {
                UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                signedIn.setDetails(authentication.getDetails());
                return signedIn;
            }
            remembered.remove(username);
        }
        budget.take(ClientAddress.of(authentication)).ifPresent(wait -> {
            throw new TooManyPasswordChecks(wait);
        });
        Authentication checked = argon2.authenticate(authentication);
        remembered.put(username, new Remembered(mac, clock.instant().plus(REMEMBERED_FOR),
                ((UserDetails) checked.getPrincipal()).getPassword()));
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
