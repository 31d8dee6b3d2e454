package org.sira.security.signin;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("asvs-6.3.1")
@Tag("asvs-2.4.1")
class PasswordCheckBudgetTest {

    private final MovableClock clock = new MovableClock();
    private final PasswordCheckBudget budget = new PasswordCheckBudget(clock, 10, 60);

    @Test
    void anAddressMayCheckABurstOfPasswordsThenOneASecond() {
        for (int i = 0; i < 10; i++) {
            assertThat(budget.take("10.0.0.1")).as("check %d", i).isEmpty();
        }
        assertThat(budget.take("10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        clock.pass(Duration.ofSeconds(1));
        assertThat(budget.take("10.0.0.1")).isEmpty();
        assertThat(budget.take("10.0.0.1")).isPresent();
    }

    @Test
    void oneAddressSpendingItsBudgetLeavesOthersTheirs() {
        for (int i = 0; i < 50; i++) {
            budget.take("10.0.0.1");
        }
        assertThat(budget.take("10.0.0.2")).isEmpty();
    }

    @Test
    void theBucketsKeptAreBounded() {
        for (int i = 0; i < PasswordCheckBudget.MAX_ADDRESSES + 500; i++) {
            budget.take("10.1." + (i / 256) + "." + (i % 256));
        }
        assertThat(budget.addressesKept()).isEqualTo(PasswordCheckBudget.MAX_ADDRESSES);
    }
}
