package org.sira.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
            SELECT m.arrival_month FROM return_month m LEFT JOIN report_tally_month t ON t.tally = :tally AND t.arrival_month = m.arrival_month
            WHERE m.arrival_month BETWEEN :first AND :last AND (t.changes IS NULL OR t.changes <> m.changes)
            ORDER BY m.arrival_month DESC""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    TallyRefresher(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
    }

    /** Every 30 seconds by default; {@code sira.reports.tallies.cron=-} leaves it to {@link #refreshStale}'s callers. */
    @Scheduled(cron = "${sira.reports.tallies.cron:*/30 * * * * *}")
    void refreshInBackground() {
        try {
            int counted = refreshStale();
            if (counted > 0) {
                log.info("Monthly report counts: {} month(s) counted again", counted);
            }
        } catch (RuntimeException e) {
            log.warn("Monthly report counts not refreshed this time: {}", e.toString());
        }
    }

    /** Counts again every stale month of every tally within the span of recorded arrivals; returns how many. */
    public synchronized int refreshStale() {
        LocalDate earliest = jdbc.sql("SELECT MIN(arrival_date) FROM person_return").query(LocalDate.class).optional().orElse(null);
        LocalDate latest = jdbc.sql("SELECT MAX(arrival_date) FROM person_return").query(LocalDate.class).optional().orElse(null);
        if (earliest == null || latest == null) {
            return 0;
        }
        LocalDate first = earliest.withDayOfMonth(1);
        LocalDate last = latest.withDayOfMonth(1);
        int counted = 0;
        for (Tally tally : Tally.values()) {
            List<LocalDate> stale = jdbc.sql(STALE).param("tally", tally.name()).param("first", first).param("last", last)
                    .query(LocalDate.class).list();
            for (LocalDate month : stale) {
                transactions.executeWithoutResult(status -> refresh(tally, month));
                counted++;
            }
        }
        return counted;
    }

    /**
     * The month's number of changes is read before its returns: if a commit comes between, the
     * count is newer than the number it is kept under, and the next pass counts it again.
     */
    private void refresh(Tally tally, LocalDate month) {
        Long changes = jdbc.sql("SELECT changes FROM return_month WHERE arrival_month = :month").param("month", month)
                .query(Long.class).optional().orElse(null);
        if (changes == null) {
            return;
        }
        ReturnFilter whole = new ReturnFilter(month, month.plusMonths(1).minusDays(1), null);
        List<Map<String, Object>> rows = whole.bind(jdbc.sql(tally.counted(whole.where()))).query().listOfRows();
        jdbc.sql("DELETE FROM " + tally.table() + " WHERE arrival_month = :month").param("month", month).update();
        List<String> columns = new ArrayList<>(tally.columns());
        columns.addAll(tally.measures());
        String insert = "INSERT INTO " + tally.table() + " (arrival_month, line, " + String.join(", ", columns) + ") VALUES (?, ?"
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
        jdbc.sql("DELETE FROM report_tally_month WHERE tally = :tally AND arrival_month = :month").param("tally", tally.name())
                .param("month", month).update();
        jdbc.sql("INSERT INTO report_tally_month (tally, arrival_month, changes) VALUES (:tally, :month, :changes)")
                .param("tally", tally.name()).param("month", month).param("changes", changes).update();
        template.batchUpdate(insert, values);
    }
}
