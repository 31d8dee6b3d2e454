package org.sira.arrivals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.sira.shared.jdbc.MonthChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The months of arrival whose returns or rights checks a transaction changed ({@link MonthChanges},
 * table {@code return_month}, V084). Every write to {@code person_return} or {@code rights_check}
 * names its months here, in its transaction (they are counted after its commit); a migration that
 * rewrites returns must add one to every month.
 */
@Component
public class ReturnMonths implements InitializingBean {

    public static final String TABLE = "return_month";

    /** Persons named in one statement: far below any database's limit on parameters. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final MonthChanges changes;

    ReturnMonths(JdbcClient jdbc, MonthChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The months of these arrival dates changed in the current transaction. */
    public void changed(Collection<LocalDate> arrivalDates) {
        changes.changed(TABLE, arrivalDates);
    }

    /** Every month in which one of these persons has a return, removed ones included, changed. */
    public void changedForPersons(Collection<UUID> personIds) {
        List<UUID> ids = new ArrayList<>(new TreeSet<>(personIds));
        List<LocalDate> dates = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            dates.addAll(jdbc.sql("SELECT DISTINCT arrival_date FROM person_return WHERE person_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).query(LocalDate.class).list());
        }
        changed(dates);
    }

    /** A crash may have come between a commit and its count ({@link MonthChanges}): at start, no month is trusted. */
    @Override
    public void afterPropertiesSet() {
        changes.distrustAll(TABLE);
    }
}
