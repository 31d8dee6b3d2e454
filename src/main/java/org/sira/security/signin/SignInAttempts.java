package org.sira.security.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per client address and account name (lower-cased) whether that account
 * exists or not: the answers never tell which names exist, and nobody elsewhere can lock the owner
 * out. After {@code sira.security.max-failed-logins} failures, that name is refused from that
 * address for one minute, twice as long after each further failure (at most about 17 hours);
 * a full sign-in forgets them. Attempts refused while locked are not checked, so they do not count.
 * <p>
 * Held in memory only: a restart forgets every count. At most {@link #MAX_PAIRS} pairs are kept,
 * the least recently touched forgotten first, and a pair untouched for a day is forgotten.
 */
@Component
public class SignInAttempts {

    static final int MAX_PAIRS = 50_000;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final int MAX_DOUBLINGS = 10;
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private record Pair(String address, String name) {
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;
    }

    private final Clock clock;
    private final int maxFailures;
    private final Map<Pair, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Pair, Failures> eldest) {
            return size() > MAX_PAIRS;
        }
    };

    SignInAttempts(Clock clock, @Value("${sira.security.max-failed-logins}") int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** How long this name stays refused from this address, if it is. */
    public synchronized Optional<Duration> lockedFor(String address, String name) {
        Failures known = current(pair(address, name));
        Instant now = clock.instant();
        if (known == null || known.lockedUntil == null || !known.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, known.lockedUntil));
    }

    /** Throws {@link SignInLocked} while this name is refused from this address. */
    public void check(String address, String name) {
        Optional<Duration> locked = lockedFor(address, name);
        if (locked.isPresent()) {
            throw new SignInLocked(locked.get());
        }
    }

    public synchronized void failed(String address, String name) {
        Pair pair = pair(address, name);
        Failures known = current(pair);
        if (known == null) {
            known = new Failures();
            failures.put(pair, known);
        }
        Instant now = clock.instant();
        known.count++;
        known.last = now;
        if (known.count >= maxFailures) {
            int doublings = Math.min(known.count - maxFailures, MAX_DOUBLINGS);
            known.lockedUntil = now.plus(FIRST_LOCK.multipliedBy(1L << doublings));
        }
    }

    public synchronized void succeeded(String address, String name) {
        failures.remove(pair(address, name));
    }

    private Failures current(Pair pair) {
        Failures known = failures.get(pair);
        if (known != null && known.last.plus(FORGOTTEN_AFTER).isBefore(clock.instant())
                && (known.lockedUntil == null || known.lockedUntil.isBefore(clock.instant()))) {
            failures.remove(pair);
            return null;
        }
        return known;
    }

    private static Pair pair(String address, String name) {
        String folded = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        // Bounded memory whatever a client sends as a name.
        return new Pair(address, folded.length() > 100 ? folded.substring(0, 100) : folded);
    }
}
