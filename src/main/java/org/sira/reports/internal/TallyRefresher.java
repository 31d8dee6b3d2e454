package org.sira.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sira.shared.jdbc.MonthChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts again, in the background, each month whose returns changed since it was kept (or that
 * was never kept), one month and one tally per transaction. Until it has, the reports count that
 * month from the returns: a month is never read stale, only slower.
 */
@Component
public class TallyRefresher {

    private static final Logger log = LoggerFactory.getLogger(TallyRefresher.class);

    static final String STALE = """
            SELECT m.first_day FROM %s m LEFT JOIN report_tally_month t ON t.tally = :tally AND t.first_day = m.first_day
            WHERE m.first_day BETWEEN :first AND :last AND (t.changes IS NULL OR t.changes <> m.changes)
            ORDER BY m.first_day DESC""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final MonthlyTallies tallies;
    private final MonthChanges changes;

    TallyRefresher(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, MonthlyTallies tallies,
                   MonthChanges changes) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.tallies = tallies;
        this.changes = changes;
    }

    /** Every 30 seconds by default; {@code sira.reports.tallies.cron=-} leaves it to {@link #refreshStale}'s callers. */
    @Scheduled(cron = "${sira.reports.tallies.cron:*/30 * * * * *}")
    void refreshInBackground() {
        try {
            long start = System.nanoTime();
            int counted = refreshStale();
            if (counted > 0) {
                log.info("Monthly report counts: {} month(s) counted again in {} ms", counted, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("Monthly report counts not refreshed this time: {}", e.toString());
        }
    }

    /** Counts again every stale month of every tally within the span of its rows' days; returns how many. */
    public synchronized int refreshStale() {
        changes.settle();
        int counted = 0;
        for (Tally tally : Tally.values()) {
            LocalDate[] span = span(tally);
            if (span == null) {
                continue;
            }
            List<LocalDate> stale = jdbc.sql(STALE.formatted(tally.changes())).param("tally", tally.name())
                    .param("first", span[0].withDayOfMonth(1)).param("last", span[1].withDayOfMonth(1)).query(LocalDate.class).list();
            for (LocalDate month : stale) {
                transactions.executeWithoutResult(status -> refresh(tally, month));
                counted++;
            }
        }
        return counted;
    }

    /** The first and last day a tally counts rows of, each from an index alone; null without rows. */
    private LocalDate[] span(Tally tally) {
        if (tally.changes().equals(Tally.Changes.RETURNS_CHANGED)) {
            LocalDate first = day("SELECT MIN(arrival_date) FROM person_return");
            return first == null ? null : new LocalDate[] {first, day("SELECT MAX(arrival_date) FROM person_return")};
        }
        LocalDate planned = day("SELECT MAX(arrival_date) FROM follow_up_plan");
        List<LocalDate> days = new ArrayList<>();
        for (String sql : List.of("SELECT MIN(due_date) FROM follow_up", "SELECT MAX(due_date) FROM follow_up",
                "SELECT MIN(done_on) FROM follow_up", "SELECT MAX(done_on) FROM follow_up", "SELECT MIN(arrival_date) FROM follow_up_plan")) {
            days.add(day(sql));
        }
        // A plan's follow-ups fall due up to ten years after its arrival (sira.follow-ups.months: 120 at most).
        days.add(planned == null ? null : planned.plusMonths(120));
        List<LocalDate> known = days.stream().filter(java.util.Objects::nonNull).sorted().toList();
        return known.isEmpty() ? null : new LocalDate[] {known.get(0), known.get(known.size() - 1)};
    }

    private LocalDate day(String sql) {
        return jdbc.sql(sql).query(LocalDate.class).optional().orElse(null);
    }

    /**
     * The month's number of changes is read before its returns: if a commit comes between, the
     * count is newer than the number it is kept under, and the next pass counts it again.
     */
    private void refresh(Tally tally, LocalDate month) {
        Long changes = jdbc.sql("SELECT changes FROM " + tally.changes() + " WHERE first_day = :month").param("month", month)
                .query(Long.class).optional().orElse(null);
        if (changes == null) {
            return;
        }
        LocalDate end = month.plusMonths(1).minusDays(1);
        String conditions = tally.changes().equals(Tally.Changes.RETURNS_CHANGED) ? new ReturnFilter(month, end, null).where() : "";
        // Whether a follow-up is past (:today) is not kept: a kept month is read as wholly past or wholly to come.
        List<Map<String, Object>> rows = jdbc.sql(tallies.counted(tally, conditions, month, end, 0)).param("from0", month)
                .param("to0", end).param("today", month).query().listOfRows();
        jdbc.sql("DELETE FROM " + tally.table() + " WHERE first_day = :month").param("month", month).update();
        List<String> columns = new ArrayList<>(tally.columns());
        columns.addAll(tally.measures());
        String insert = "INSERT INTO " + tally.table() + " (first_day, line, " + String.join(", ", columns) + ") VALUES (?, ?"
                + ", ?".repeat(columns.size()) + ")";
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int line = 0; line < rows.size(); line++) {
            Object[] row = new Object[columns.size() + 2];
            row[0] = month;
            row[1] = line;
            for (int c = 0; c < columns.size(); c++) {
                row[c + 2] = rows.get(line).get(columns.get(c));
            }
            values.add(row);
        }
        jdbc.sql("DELETE FROM report_tally_month WHERE tally = :tally AND first_day = :month").param("tally", tally.name())
                .param("month", month).update();
        jdbc.sql("INSERT INTO report_tally_month (tally, first_day, changes) VALUES (:tally, :month, :changes)")
                .param("tally", tally.name()).param("month", month).param("changes", changes).update();
        template.batchUpdate(insert, values);
    }
}
