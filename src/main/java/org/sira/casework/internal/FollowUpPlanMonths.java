package org.sira.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans name no months of their own: they take the months in force. When those change
 * ({@code sira.follow-ups.months}), the plans made under the old ones are written out at start-up as the
 * follow-ups they were shown as, before anyone reads them under the new months.
 */
@Component
class FollowUpPlanMonths implements InitializingBean {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final FollowUpPlanStore plans;
    private final FollowUpPlanner planner;
    private final TransactionTemplate transactions;

    FollowUpPlanMonths(JdbcClient jdbc, FollowUpPlanStore plans, FollowUpPlanner planner, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.planner = planner;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            String inForce = text(planner.months());
            Optional<String> madeWith = jdbc.sql("SELECT months FROM follow_up_plan_months").query(String.class).optional();
            if (madeWith.isPresent() && madeWith.get().equals(inForce)) {
                return;
            }
            List<Integer> old = madeWith.map(FollowUpPlanMonths::months).orElse(List.of());
            for (List<FollowUpPlanStore.Plan> batch = plans.first(BATCH); !batch.isEmpty(); batch = plans.first(BATCH)) {
                batch.forEach(plan -> plans.writeOut(plan, old));
            }
            jdbc.sql("DELETE FROM follow_up_plan_months").update();
            jdbc.sql("INSERT INTO follow_up_plan_months (months) VALUES (:months)").param("months", inForce).update();
        });
    }

    static String text(List<Integer> months) {
        return months.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> months(String text) {
        return text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
