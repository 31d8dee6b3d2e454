package org.sira.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

/**
 * The days a report covers, both included: a semester ({@code 2024-S1}), a year ({@code 2024}) or
 * any {@code from}–{@code to}. {@link #kind} says which, so a headline can say "au premier semestre 2024".
 */
public record ReportPeriod(LocalDate from, LocalDate to, Kind kind) {

    public enum Kind { SEMESTER, YEAR, CUSTOM }

    /** Reports reach back to the oldest registers anyone imports, and no further than a year ahead. */
    static final int FIRST_YEAR = 1900;
    private static final Pattern NAMED = Pattern.compile("(\\d{4})(?:-S([12]))?");

    public ReportPeriod {
        if (from == null || to == null || kind == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "error.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "report.period.reversed");
        }
    }

    public static ReportPeriod semester(int year, int half) {
        return half == 1 ? new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), Kind.SEMESTER)
                : new ReportPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Kind.SEMESTER);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR);
    }

    /** The semester that holds this day. */
    public static ReportPeriod semesterOf(LocalDate day) {
        return semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /**
     * From what a reader asked: a named {@code period}, or {@code from} and {@code to} (ISO dates),
     * or, when nothing is asked, the semester of {@code today}.
     */
    public static ReportPeriod parse(String period, String from, String to, LocalDate today) {
        if (period != null && !period.isBlank()) {
            Matcher named = NAMED.matcher(period.strip());
            int year = named.matches() ? Integer.parseInt(named.group(1)) : -1;
            if (year < FIRST_YEAR || year > today.getYear() + 1) {
                throw InvalidInputException.of("period", "report.period.invalid");
            }
            return named.group(2) == null ? year(year) : semester(year, Integer.parseInt(named.group(2)));
        }
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return semesterOf(today);
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReportPeriod(start, end, Kind.CUSTOM);
    }

    /** The named value of a semester or a year ({@code 2024-S1}, {@code 2024}); null for a custom period. */
    public String name() {
        return switch (kind) {
            case SEMESTER -> from.getYear() + "-S" + (from.getMonthValue() == 1 ? 1 : 2);
            case YEAR -> String.valueOf(from.getYear());
            case CUSTOM -> null;
        };
    }

    private static LocalDate day(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < FIRST_YEAR || day.getYear() > 2999) {
                errors.add(new FieldError(field, "report.date.invalid"));
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "report.date.invalid"));
            return null;
        }
    }
}
