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

import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts, month by month, the transactions that changed rows a report counts by a date of that
 * month: one table per kind of row ({@code return_month}, {@code follow_up_month}), one row per
 * month from 1960 to 2099 ({@link #create}), columns {@code first_day} and {@code changes}. The
 * reports keep monthly counts and trust one only while this number is the one it was counted at.
 * <p>The months are added to right after the commit, in a short transaction of their own: inside
 * it, an import would hold their rows locked through its commit (seconds on H2) and a receptionist
 * saving a return of the same month would wait that long. A reader may meanwhile read a month's
 * kept count of just before the commit, as if it had asked a moment earlier; the writer's own next
 * request comes after the count. A count that failed is retried ({@link #settle}) and its months
 * are not trusted until it is done ({@link #unsettled}); a crash between a commit and its count is
 * covered by {@link #distrustAll} at every start.
 */
@Component
public class MonthChanges {

    private static final LocalDate FIRST = LocalDate.of(1960, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 1);

    /** Months named in one statement: far below any database's limit on parameters. */
    private static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(MonthChanges.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate apart;
    private final Map<String, Set<LocalDate>> unsettled = new ConcurrentHashMap<>();

    MonthChanges(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            // Without a transaction the rows are already committed.
            count(Map.of(table, months));
            return;
        }
        // Found among the transaction's own synchronizations, which an inner transaction suspends:
        // each transaction counts its own months after its own commit.
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.months.computeIfAbsent(table, t -> new TreeSet<>()).addAll(months);
    }

    /** The months a transaction changed, counted after its commit (never after a rollback). */
    private final class Pending implements TransactionSynchronization {

        private final Map<String, Set<LocalDate>> months = new HashMap<>();

        @Override
        public void afterCommit() {
            count(months);
        }
    }

    /** Every month of the table changed: at start, in case a crash came between a commit and its count. */
    public void distrustAll(String table) {
        jdbc.sql("UPDATE " + table + " SET changes = changes + 1").update();
    }

    /** The months of the table whose count after a commit failed and is not yet retried. */
    public Set<LocalDate> unsettled(String table) {
        return Set.copyOf(unsettled.getOrDefault(table, Set.of()));
    }

    /** Retries the counts that failed; their months stay untrusted until one succeeds. */
    public void settle() {
        for (String table : List.copyOf(unsettled.keySet())) {
            Set<LocalDate> months = new TreeSet<>(unsettled.getOrDefault(table, Set.of()));
            if (!months.isEmpty()) {
                apart.executeWithoutResult(status -> add(table, months));
                unsettled.computeIfPresent(table, (t, left) -> {
                    left.removeAll(months);
                    return left.isEmpty() ? null : left;
                });
            }
        }
    }

    private void count(Map<String, Set<LocalDate>> changed) {
        for (String table : new TreeSet<>(changed.keySet())) {
            try {
                apart.executeWithoutResult(status -> add(table, changed.get(table)));
            } catch (RuntimeException e) {
                log.warn("The months changed in {} could not be counted; retried later, not trusted until then: {}", table, e.toString());
                unsettled.computeIfAbsent(table, t -> ConcurrentHashMap.newKeySet()).addAll(changed.get(table));
            }
        }
    }

    /** In the order of the key, so that two counts never wait on each other crosswise. */
    private void add(String table, Set<LocalDate> months) {
        List<LocalDate> ordered = new ArrayList<>(new TreeSet<>(months));
        for (int from = 0; from < ordered.size(); from += BATCH) {
            jdbc.sql("UPDATE " + table + " SET changes = changes + 1 WHERE first_day IN (:months)")
                    .param("months", ordered.subList(from, Math.min(ordered.size(), from + BATCH))).update();
        }
    }
}
