package org.sira.casework;

import org.sira.casework.internal.FollowUpPlanner;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When follow-ups are planned after a return. */
class FollowUpPlannerTest {

    private final FollowUpPlanner planner = new FollowUpPlanner(List.of(3, 6, 12));
    private final LocalDate today = LocalDate.of(2026, 5, 10);

    @Test
    void aReturnRecordedOnItsDayPlansThreeSixAndTwelveMonths() {
        assertThat(planner.plan(today, today)).containsExactly(
                new FollowUpPlanner.Planned("MONTH_3", LocalDate.of(2026, 8, 10)),
                new FollowUpPlanner.Planned("MONTH_6", LocalDate.of(2026, 11, 10)),
                new FollowUpPlanner.Planned("MONTH_12", LocalDate.of(2027, 5, 10)));
    }

    @Test
    void datesAlreadyPastAreNotPlannedButOneFallingTodayIs() {
        assertThat(planner.plan(LocalDate.of(2026, 2, 10), today)).extracting(FollowUpPlanner.Planned::kind)
                .containsExactly("MONTH_3", "MONTH_6", "MONTH_12");
        assertThat(planner.plan(LocalDate.of(2026, 2, 9), today)).extracting(FollowUpPlanner.Planned::kind)
                .containsExactly("MONTH_6", "MONTH_12");
        assertThat(planner.plan(LocalDate.of(2015, 1, 15), today)).isEmpty();
    }

    @Test
    void theEndOfAMonthFallsOnTheLastDayOfAShorterOne() {
        assertThat(new FollowUpPlanner(List.of(1)).plan(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31)))
                .containsExactly(new FollowUpPlanner.Planned("MONTH_1", LocalDate.of(2026, 2, 28)));
    }

    @Test
    void theDelaysAreConfigurableAndMustBeWholeMonthsFromOneTo120() {
        assertThat(new FollowUpPlanner(List.of(12, 1)).kinds()).containsExactly("MONTH_1", "MONTH_12", "AD_HOC");
        assertThatThrownBy(() -> new FollowUpPlanner(List.of(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutDelaysNothingIsPlanned() {
        assertThat(new FollowUpPlanner(List.of()).plan(today, today)).isEmpty();
    }
}
