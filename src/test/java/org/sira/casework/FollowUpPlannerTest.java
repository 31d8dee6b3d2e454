package org.sira.casework;

import org.sira.casework.internal.FollowUpPlanStore;
import org.sira.casework.internal.FollowUpPlanner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When follow-ups are planned after a return. */
class FollowUpPlannerTest {

    private final FollowUpPlanner planner = new FollowUpPlanner(List.of(3, 6, 12));
    private final LocalDate today = LocalDate.of(2026, 5, 10);

    /** What a return arrived on that day and recorded today plans: kind and due date of each follow-up. */
    private static List<String> planned(FollowUpPlanner planner, LocalDate arrival, LocalDate today) {
        return planner.firstMonth(arrival, today).stream().boxed()
                .flatMap(first -> new FollowUpPlanStore.Plan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), arrival, first, null, "t")
                        .followUps(planner.months()).stream())
                .map(f -> f.kind() + " " + f.due()).toList();
    }

    @Test
    void aReturnRecordedOnItsDayPlansThreeSixAndTwelveMonths() {
        assertThat(planned(planner, today, today)).containsExactly("MONTH_3 2026-08-10", "MONTH_6 2026-11-10", "MONTH_12 2027-05-10");
    }

    @Test
    void datesAlreadyPastAreNotPlannedButOneFallingTodayIs() {
        assertThat(planned(planner, LocalDate.of(2026, 2, 10), today))
                .containsExactly("MONTH_3 2026-05-10", "MONTH_6 2026-08-10", "MONTH_12 2027-02-10");
        assertThat(planned(planner, LocalDate.of(2026, 2, 9), today)).containsExactly("MONTH_6 2026-08-09", "MONTH_12 2027-02-09");
        assertThat(planned(planner, LocalDate.of(2015, 1, 15), today)).isEmpty();
    }

    @Test
    void theEndOfAMonthFallsOnTheLastDayOfAShorterOne() {
        assertThat(planned(new FollowUpPlanner(List.of(1)), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31)))
                .containsExactly("MONTH_1 2026-02-28");
    }

    @Test
    void theDelaysAreConfigurableAndMustBeWholeMonthsFromOneTo120() {
        assertThat(new FollowUpPlanner(List.of(12, 1)).kinds()).containsExactly("MONTH_1", "MONTH_12", "AD_HOC");
        assertThatThrownBy(() -> new FollowUpPlanner(List.of(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutDelaysNothingIsPlanned() {
        assertThat(planned(new FollowUpPlanner(List.of()), today, today)).isEmpty();
    }
}
