package org.sira.arrivals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts, for each month of arrival, the transactions that changed a return of that month or its
 * rights check (table {@code return_month}, one row per month from 1960 to 2099, V084). The
 * reports keep monthly counts and trust them only while this number is the one they were counted
 * at. Every write to {@code person_return} or {@code rights_check} must name its months here, in
 * its transaction; a migration that rewrites returns must add one to every month.
 * The months are added to just before the commit, so a long import does not hold their rows
 * locked while it runs, and a reader can never see the new number without the new rows.
 */
@Component
public class ReturnMonths {

    /** Persons named in one statement: far below any database's limit on parameters. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    ReturnMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months of these arrival dates changed in the current transaction. */
    public void changed(Collection<LocalDate> arrivalDates) {
        Set<LocalDate> months = new TreeSet<>();
        for (LocalDate date : arrivalDates) {
            if (date != null) {
                months.add(date.withDayOfMonth(1));
            }
        }
        if (months.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Without a transaction the rows are already committed: counting after them is safe.
            add(months);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<LocalDate> pending = (Set<LocalDate>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<LocalDate> fresh = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    add(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReturnMonths.this);
                }
            });
            pending = fresh;
        }
        pending.addAll(months);
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

    /** In the order of the key, so that two commits never wait on each other crosswise. */
    private void add(Set<LocalDate> months) {
        List<LocalDate> ordered = new ArrayList<>(months);
        for (int from = 0; from < ordered.size(); from += BATCH) {
            jdbc.sql("UPDATE return_month SET changes = changes + 1 WHERE arrival_month IN (:months)")
                    .param("months", ordered.subList(from, Math.min(ordered.size(), from + BATCH))).update();
        }
    }
}
