package org.sira.security.signin;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("asvs-6.3.1")
class SignInAttemptsTest {

    private final MovableClock clock = new MovableClock();
    private final SignInAttempts attempts = new SignInAttempts(clock, 5);

    private void fail(String address, String name, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(address, name);
        }
    }

    @Test
    void fourFailuresLockNothingAndTheFifthLocksForOneMinute() {
        fail("10.0.0.1", "awa", 4);
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).isEmpty();
        attempts.failed("10.0.0.1", "awa");
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).contains(Duration.ofMinutes(1));
        assertThatThrownBy(() -> attempts.check("10.0.0.1", "awa")).isInstanceOf(SignInLocked.class);
    }

    @Test
    void theLockDoublesWithEachFurtherFailure() {
        fail("10.0.0.1", "awa", 5);
        Duration expected = Duration.ofMinutes(1);
        for (int further = 0; further < 4; further++) {
            assertThat(attempts.lockedFor("10.0.0.1", "awa")).contains(expected);
            clock.pass(expected);
            assertThat(attempts.lockedFor("10.0.0.1", "awa")).as("free again once the lock is over").isEmpty();
            attempts.failed("10.0.0.1", "awa");
            expected = expected.multipliedBy(2);
        }
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).contains(Duration.ofMinutes(16));
    }

    @Test
    void theLockStopsGrowingAtAboutSeventeenHours() {
        fail("10.0.0.1", "awa", 40);
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).contains(Duration.ofMinutes(1024));
    }

    @Test
    void anotherAddressIsNotLockedAndTheNameIsCountedWhateverItsCase() {
        fail("10.0.0.1", "Admin", 3);
        fail("10.0.0.1", "admin", 2);
        assertThat(attempts.lockedFor("10.0.0.1", "ADMIN")).isPresent();
        assertThat(attempts.lockedFor("10.0.0.2", "admin")).isEmpty();
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).isEmpty();
    }

    @Test
    void aCompleteSignInForgetsTheFailures() {
        fail("10.0.0.1", "awa", 4);
        attempts.succeeded("10.0.0.1", "awa");
        fail("10.0.0.1", "awa", 4);
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).isEmpty();
    }

    @Test
    void failuresADayOldAreForgotten() {
        fail("10.0.0.1", "awa", 4);
        clock.pass(Duration.ofHours(25));
        attempts.failed("10.0.0.1", "awa");
        assertThat(attempts.lockedFor("10.0.0.1", "awa")).isEmpty();
    }
}
