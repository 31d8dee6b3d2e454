package org.sira.security.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each Argon2 check of a password costs tens of milliseconds of CPU on purpose, so a client sending
 * wrong HTTP Basic credentials could keep the cores busy and slow every other user. Each client
 * address gets a token bucket ({@code sira.security.password-checks.burst} checks at once, refilled
 * at {@code sira.security.password-checks.per-minute}); a check beyond it is refused at once.
 * Callers whose password is already remembered ({@code RememberedApiPasswords}) spend nothing.
 * At most {@link #MAX_ADDRESSES} buckets are kept in memory, the least recently used dropped first.
 */
@Component
public class PasswordCheckBudget {

    static final int MAX_ADDRESSES = 10_000;

    private final int burst;
    private final int perMinute;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    PasswordCheckBudget(Clock clock, @Value("${sira.security.password-checks.burst}") int burst,
                        @Value("${sira.security.password-checks.per-minute}") int perMinute) {
        this.burst = burst;
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Duration sinceEpoch = Duration.ofMillis(clock.millis());
                return sinceEpoch.toNanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Empty when a password check from this address may run now; otherwise how long to wait. */
    public Optional<Duration> take(String address) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int addressesKept() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
