package org.sira.casework.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.sira.shared.jdbc.MonthChanges;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The months whose follow-ups due, or done, a transaction changed ({@link MonthChanges}, table
 * {@code follow_up_month}, V086), for the casework report's monthly counts. Every write to
 * {@code follow_up} or {@code follow_up_plan} that can change a count by due date, status or
 * outcome names its due and done days here, in its transaction. Moving follow-ups to another
 * person (a merge) changes no count of the whole organisation: a report narrowed to some persons
 * counts from the rows.
 */
@Component
public class FollowUpMonths implements InitializingBean {

    public static final String TABLE = "follow_up_month";

    private final MonthChanges changes;

    FollowUpMonths(MonthChanges changes) {
        this.changes = changes;
    }

    void changed(Collection<LocalDate> days) {
        changes.changed(TABLE, days);
    }

    /** A crash may have come between a commit and its count ({@link MonthChanges}): at start, no month is trusted. */
    @Override
    public void afterPropertiesSet() {
        changes.distrustAll(TABLE);
    }
}
