package org.sira.shared.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts, month by month, the transactions that changed rows a report counts by a date of that
 * month: one table per kind of row ({@code return_month}, {@code follow_up_month}), one row per
 * month from 1960 to 2099 ({@link #create}), columns {@code first_day} and {@code changes}. The
 * reports keep monthly counts and trust one only while this number is the one it was counted at.
 * The months are added to just before the commit: a long import does not hold their rows locked
 * while it runs, and a reader never sees the new number without the new rows.
 */
@Component
public class MonthChanges {

    public static final LocalDate FIRST = LocalDate.of(1960, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 1);

    /** Months named in one statement: far below any database's limit on parameters. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    MonthChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The table of months, written out in advance so that two first rows of a new month never race
     * to insert its row; a month outside is never trusted by a report, only counted from the rows.
     */
    public static void create(Connection connection, String table) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE " + table + " (first_day DATE NOT NULL PRIMARY KEY, changes BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (first_day, changes) VALUES (?, 0)")) {
            for (LocalDate month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
                insert.setDate(1, Date.valueOf(month));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The months of these dates changed, in {@code table}, in the current transaction. */
    public void changed(String table, Collection<LocalDate> dates) {
        Set<LocalDate> months = new TreeSet<>();
        for (LocalDate date : dates) {
            if (date != null) {
                months.add(date.withDayOfMonth(1));
            }
        }
        if (months.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Without a transaction the rows are already committed: counting after them is safe.
            add(table, months);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Set<LocalDate>> pending = (Map<String, Set<LocalDate>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, Set<LocalDate>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    new TreeSet<>(fresh.keySet()).forEach(t -> add(t, fresh.get(t)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MonthChanges.this);
                }
            });
            pending = fresh;
        }
        pending.computeIfAbsent(table, t -> new TreeSet<>()).addAll(months);
    }

    /** In the order of the key, so that two commits never wait on each other crosswise. */
    private void add(String table, Set<LocalDate> months) {
        List<LocalDate> ordered = new ArrayList<>(new TreeSet<>(months));
        for (int from = 0; from < ordered.size(); from += BATCH) {
            jdbc.sql("UPDATE " + table + " SET changes = changes + 1 WHERE first_day IN (:months)")
                    .param("months", ordered.subList(from, Math.min(ordered.size(), from + BATCH))).update();
        }
    }
}
