package org.sira.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sira.casework.FollowUps;
import org.sira.shared.jdbc.MonthChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a report reads its counts: the months kept ({@link Tally}) that no transaction has changed
 * since they were counted, and the returns themselves for the rest of the period (its first and
 * last days when they are not whole months, months changed since, months never counted). H2 reads
 * about 2 µs a return: ten years of a million returns took it several seconds, their 120 kept
 * months a few thousand rows. The follow-ups of the casework report are kept the same way. A
 * report narrowed to an arrival point or a project counts the rows alone: the kept months are not
 * split by them.
 */
@Component
public class MonthlyTallies {

    /** Beyond this many pieces counted from the returns, counting the whole period from them reads less. */
    static final int MOST_PIECES = 12;

    static final String TRUSTED = """
            SELECT m.first_day FROM %s m JOIN report_tally_month t ON t.first_day = m.first_day AND t.changes = m.changes
            WHERE t.tally = :tally AND m.first_day BETWEEN :first AND :last""";

    /** The rows of a tally over a period, and their parameters (a filter's or a scope's are bound by {@link #bind}). */
    public record Source(String sql, Map<String, Object> params, UnaryOperator<JdbcClient.StatementSpec> binder) {

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return binder.apply(statement.params(params));
        }
    }

    private final JdbcClient jdbc;
    private final FollowUps followUps;
    private final Clock clock;
    private final MonthChanges changes;

    MonthlyTallies(JdbcClient jdbc, FollowUps followUps, Clock clock, MonthChanges changes) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * A returns tally's rows for the returns the filter keeps, as {@link Tally#counted} gives them (a
     * year and a combination may come in several rows: sum them).
     */
    public Source source(Tally tally, ReturnFilter filter) {
        boolean narrowed = filter.arrivalPoint() != null || filter.project() != null;
        return source(tally, filter.from(), filter.to(), narrowed ? Set.of() : trusted(tally, filter.from(), filter.to()),
                filter.where(), filter::bind, Map.of());
    }

    /**
     * A follow-ups tally's rows for a period ({@code :today} and {@code :this_month} bound from the
     * clock), of the persons a scope keeps.
     */
    public Source source(Tally tally, LocalDate from, LocalDate to, PersonScope scope) {
        String conditions = scope.persons("u.person_id");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Set<LocalDate> trusted = conditions.isEmpty() ? new HashSet<>(trusted(tally, from, to)) : new HashSet<>();
        trusted.remove(today.withDayOfMonth(1));
        return source(tally, from, to, trusted, conditions, scope::bind, Map.of("today", today, "this_month", today.withDayOfMonth(1)));
    }

    private Source source(Tally tally, LocalDate from, LocalDate to, Set<LocalDate> trusted, String conditions,
                          UnaryOperator<JdbcClient.StatementSpec> binder, Map<String, Object> more) {
        Pieces pieces = Pieces.of(from, to, trusted);
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(more);
        if (!pieces.kept().isEmpty()) {
            parts.add(tally.kept("kept_months"));
            params.put("kept_months", pieces.kept());
        }
        for (int i = 0; i < pieces.counted().size(); i++) {
            LocalDate[] span = pieces.counted().get(i);
            parts.add(counted(tally, conditions, span[0], span[1], i));
            params.put("from" + i, span[0]);
            params.put("to" + i, span[1]);
        }
        return new Source(String.join("\nUNION ALL\n", parts), params, binder);
    }

    /** The tally counted from the rows between two days, bound as {@code :from<piece>} and {@code :to<piece>}. */
    String counted(Tally tally, String conditions, LocalDate from, LocalDate to, int piece) {
        String planned = tally == Tally.FOLLOW_UPS ? followUps.plannedDueBetween(from, to) : "";
        return tally.counted(conditions, planned).replaceAll(":from\\b", ":from" + piece).replaceAll(":to\\b", ":to" + piece);
    }

    /**
     * A period cut into the whole months read from their kept counts and the spans of days, each
     * as first and last day, counted from the returns; together they hold every day once.
     */
    record Pieces(List<LocalDate> kept, List<LocalDate[]> counted) {

        static Pieces of(LocalDate from, LocalDate to, Set<LocalDate> trusted) {
            List<LocalDate> kept = new ArrayList<>();
            List<LocalDate[]> counted = new ArrayList<>();
            for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                LocalDate first = month.isBefore(from) ? from : month;
                LocalDate end = month.plusMonths(1).minusDays(1);
                LocalDate last = end.isAfter(to) ? to : end;
                if (first.equals(month) && last.equals(end) && trusted.contains(month)) {
                    kept.add(month);
                } else if (!counted.isEmpty() && counted.get(counted.size() - 1)[1].plusDays(1).equals(first)) {
                    counted.get(counted.size() - 1)[1] = last;
                } else {
                    counted.add(new LocalDate[] {first, last});
                }
            }
            if (counted.size() > MOST_PIECES) {
                return new Pieces(List.of(), List.<LocalDate[]>of(new LocalDate[] {from, to}));
            }
            return new Pieces(kept, counted);
        }
    }

    /** The whole months between these days whose kept count no transaction has changed since. */
    private Set<LocalDate> trusted(Tally tally, LocalDate from, LocalDate to) {
        Set<LocalDate> trusted = new HashSet<>(jdbc.sql(TRUSTED.formatted(tally.changes())).param("tally", tally.name())
                .param("first", from.withDayOfMonth(1)).param("last", to.withDayOfMonth(1)).query(LocalDate.class).list());
        trusted.removeAll(changes.unsettled(tally.changes()));
        return trusted;
    }
}
