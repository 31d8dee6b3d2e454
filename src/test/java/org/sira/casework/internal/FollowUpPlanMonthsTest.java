package org.sira.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.casework.FollowUpStatus;
import org.sira.casework.FollowUpView;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans take the months in force; when those change, the plans made under the old ones are written out as they were shown. */
@WebTest
class FollowUpPlanMonthsTest {

    @Autowired JdbcClient jdbc;
    @Autowired FollowUpPlanStore plans;
    @Autowired FollowUpStore followUps;
    @Autowired TransactionTemplate transactions;

    private void startWith(List<Integer> months) {
        new FollowUpPlanMonths(jdbc, plans, new FollowUpPlanner(months), transactions).afterPropertiesSet();
    }

    @Test
    void whenTheMonthsChangeThePlansMadeUnderTheOldOnesAreWrittenOutUnderTheirIds() {
        UUID person = UUID.randomUUID();
        LocalDate arrival = LocalDate.now().minusDays(40);
        FollowUpPlanStore.Plan plan = new FollowUpPlanStore.Plan(FollowUpPlanStore.newPlanId(), person, UUID.randomUUID(), arrival, 6,
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0), "test");
        transactions.executeWithoutResult(s -> plans.insertAll(List.of(plan), List.of(3, 6, 12)));
        List<FollowUpView> shown = followUps.ofPerson(person);
        assertThat(shown).extracting(FollowUpView::kind).containsExactly("MONTH_6", "MONTH_12");

        startWith(List.of(3, 6, 12));  // the months in force: nothing to do
        assertThat(plans.ofPerson(person)).hasSize(1);

        try {
            startWith(List.of(1, 2));
            assertThat(plans.ofPerson(person)).isEmpty();
            assertThat(jdbc.sql("SELECT months FROM follow_up_plan_months").query(String.class).single()).isEqualTo("1,2");
            List<FollowUpView> written = followUps.ofPerson(person);
            assertThat(written).extracting(FollowUpView::id).isEqualTo(shown.stream().map(FollowUpView::id).toList());
            assertThat(written).extracting(FollowUpView::due).containsExactly(arrival.plusMonths(6), arrival.plusMonths(12));
            assertThat(written).extracting(FollowUpView::status).containsOnly(FollowUpStatus.OPEN);
        } finally {
            startWith(List.of(3, 6, 12));
        }
        assertThat(jdbc.sql("SELECT months FROM follow_up_plan_months").query(String.class).single()).isEqualTo("3,6,12");
    }
}
