package org.sira.reports.internal;

import java.util.List;

import static org.sira.reports.internal.Tally.Changes.FOLLOW_UPS_CHANGED;
import static org.sira.reports.internal.Tally.Changes.RETURNS_CHANGED;
import static org.sira.reports.internal.Tally.Changes.YEAR;

/**
 * A count of returns the reports keep month by month (V085): the SQL that counts it from the
 * returns, grouped by year of arrival and its own columns, and the table that keeps one month of
 * it. Its measures are sums, so months and parts of months add up to any period.
 */
public enum Tally {

    /** The statistics' and trends' count: kind, country, sex and region as each return carries them. */
    RETURNS("report_returns_tally", RETURNS_CHANGED, YEAR, List.of("return_kind", "country_from", "person_sex", "origin_region_code", "origin_region_text"),
            List.of("n"), """
            SELECT EXTRACT(YEAR FROM r.arrival_date) AS y, r.return_kind, r.country_from, r.person_sex, r.origin_region_code,
                   r.origin_region_text, COUNT(*) AS n
            FROM person_return r
            WHERE %s
            GROUP BY EXTRACT(YEAR FROM r.arrival_date), r.return_kind, r.country_from, r.person_sex, r.origin_region_code,
                     r.origin_region_text"""),

    /** What each return carries of its person (V080): age at arrival, vulnerabilities, and whether it repeats one. */
    PERSONS("report_persons_tally", RETURNS_CHANGED, YEAR, List.of("person_age", "person_vulnerabilities", "repeat_return"), List.of("n"), """
            SELECT EXTRACT(YEAR FROM r.arrival_date) AS y, r.person_age, r.person_vulnerabilities, r.repeat_return, COUNT(*) AS n
            FROM person_return r
            WHERE %s
            GROUP BY EXTRACT(YEAR FROM r.arrival_date), r.person_age, r.person_vulnerabilities, r.repeat_return"""),

    /**
     * The rights checks by country and, for those detained, by length of detention ({@code band}
     * NULL for the others). A check repeats its return's arrival date (V081): the condition on it
     * only lets the database read the period's checks alone.
     */
    RIGHTS("report_rights_tally", RETURNS_CHANGED, YEAR, List.of("country_from", "band"),
            List.of("n", "checked", "detained", "mistreated", "belongings", "wages", "days", "known"), """
            SELECT y, country_from, band, COUNT(*) AS n, COUNT(checked) AS checked,
              SUM(CASE WHEN detained = TRUE THEN 1 ELSE 0 END) AS detained,
              SUM(CASE WHEN violence = TRUE THEN 1 ELSE 0 END) AS mistreated,
              SUM(CASE WHEN belongings_withheld = TRUE THEN 1 ELSE 0 END) AS belongings,
              SUM(CASE WHEN wages_unpaid = TRUE THEN 1 ELSE 0 END) AS wages,
              SUM(days) AS days, COUNT(days) AS known
            FROM (SELECT EXTRACT(YEAR FROM r.arrival_date) AS y, r.country_from, c.return_id AS checked, c.detained, c.violence,
                c.belongings_withheld, c.wages_unpaid,
                CASE WHEN c.detained = TRUE THEN c.detention_days END AS days,
                CASE WHEN c.detained IS NULL OR c.detained = FALSE THEN NULL WHEN c.detention_days IS NULL THEN 'unknown'
                  WHEN c.detention_days <= 7 THEN '0-7' WHEN c.detention_days <= 30 THEN '8-30'
                  WHEN c.detention_days <= 90 THEN '31-90' ELSE '91+' END AS band
              FROM person_return r LEFT JOIN rights_check c ON c.return_id = r.id AND c.arrival_date BETWEEN :from AND :to
              WHERE %s) t
            GROUP BY y, country_from, band"""),

    /**
     * Follow-ups due, written and planned ({@code %2$s}: casework's planned follow-ups due in the
     * span), by status and whether due before {@code :today}. The month of today is never trusted:
     * a kept month is wholly past or wholly to come.
     */
    FOLLOW_UPS("report_follow_ups_tally", FOLLOW_UPS_CHANGED, "CASE WHEN t.first_day < :this_month THEN 1 ELSE 0 END AS past",
            List.of("status"), List.of("n"), """
            SELECT past, status, COUNT(*) AS n FROM (
              SELECT u.status, CASE WHEN u.due_date < :today THEN 1 ELSE 0 END AS past FROM follow_up u
              WHERE u.due_date BETWEEN :from AND :to%1$s
              UNION ALL
              SELECT 'OPEN' AS status, CASE WHEN u.due_date < :today THEN 1 ELSE 0 END AS past FROM (%2$s) u
              WHERE 1 = 1%1$s) t
            GROUP BY past, status"""),

    /**
     * Follow-ups done, by outcome. Only a recorded outcome sets {@code done_on}: the day alone
     * selects them, along {@code follow_up_done} (V083).
     */
    OUTCOMES("report_outcomes_tally", FOLLOW_UPS_CHANGED, YEAR, List.of("outcome"), List.of("n"), """
            SELECT EXTRACT(YEAR FROM u.done_on) AS y, u.outcome, COUNT(*) AS n FROM follow_up u
            WHERE u.done_on BETWEEN :from AND :to%1$s GROUP BY EXTRACT(YEAR FROM u.done_on), u.outcome""");


    private final String table;
    private final String changes;
    private final String lead;
    private final List<String> columns;
    private final List<String> measures;
    private final String counted;

    Tally(String table, String changes, String lead, List<String> columns, List<String> measures, String counted) {
        this.table = table;
        this.changes = changes;
        this.lead = lead;
        this.columns = columns;
        this.measures = measures;
        this.counted = counted;
    }

    String table() {
        return table;
    }

    /** The table counting the changes of its months ({@code org.sira.shared.jdbc.MonthChanges}). */
    String changes() {
        return changes;
    }

    List<String> columns() {
        return columns;
    }

    List<String> measures() {
        return measures;
    }

    /**
     * Counted from the rows, between {@code :from} and {@code :to}: {@code conditions} on the returns
     * table {@code r} (their days included) or, for follow-ups, on {@code u.person_id}; {@code planned}
     * the planned follow-ups' SELECT.
     */
    String counted(String conditions, String planned) {
        return counted.formatted(conditions, planned);
    }

    /** The months kept, as the same columns: the year (or for follow-ups, whether past), then the tally's columns and measures. */
    String kept(String monthsParameter) {
        return "SELECT " + lead + ", t." + String.join(", t.", columns) + ", t." + String.join(", t.", measures)
                + " FROM " + table + " t WHERE t.first_day IN (:" + monthsParameter + ")";
    }

    /** The tables of months' changes the tallies follow, and the year column (constants an enum's constants may name). */
    static final class Changes {
        static final String RETURNS_CHANGED = "return_month";
        static final String FOLLOW_UPS_CHANGED = "follow_up_month";
        /** A kept month's year, for tallies counted by year. */
        static final String YEAR = "EXTRACT(YEAR FROM t.first_day) AS y";

        private Changes() {
        }
    }
}
