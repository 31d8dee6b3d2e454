package org.sira.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sira.shared.Folding;

/**
 * A date of birth as far as it is known. With {@code MONTH} the day is the 1st, with
 * {@code YEAR} and {@code ESTIMATED} the date is 1 January: only the precise part is meaningful.
 */
public record BirthDate(LocalDate date, DatePrecision precision) {

    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2})" + TIME + ")?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ESTIMATED_YEAR = Pattern.compile(
            "(?:vers|about|around|environ|env\\.?|circa|ca\\.?|approx\\.?|~)\\s*(\\d{4})");

    public BirthDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR, ESTIMATED -> date.withDayOfYear(1);
        };
    }

    /**
     * A date as the association's registers and forms write it, with the precision it carries:
     * {@code 1990-03-14} or {@code 14/03/1990} (day; also with "-" or "."), {@code 1990-03} or
     * {@code 03/1990} (month), {@code 1990} (year), {@code vers 1990} / {@code about 1990}
     * (estimated). Day first: these come from French-speaking offices, and a month-first date such
     * as 03/14/1990 is refused (there is no 14th month) rather than guessed. Empty when the text is
     * none of these forms; a {@link DateTimeException} when it is one of them but no such day exists.
     */
    public static Optional<BirthDate> written(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Folding.collapseSpaces(text).toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR_FIRST.matcher(t)).matches()) {
            return Optional.of(m.group(4) == null
                    ? new BirthDate(LocalDate.of(number(m, 1), number(m, 3), 1), DatePrecision.MONTH)
                    : new BirthDate(LocalDate.of(number(m, 1), number(m, 3), number(m, 4)), DatePrecision.DAY));
        }
        if ((m = DAY_FIRST.matcher(t)).matches()) {
            return Optional.of(new BirthDate(LocalDate.of(number(m, 4), number(m, 3), number(m, 1)), DatePrecision.DAY));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return Optional.of(new BirthDate(LocalDate.of(number(m, 2), number(m, 1), 1), DatePrecision.MONTH));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return Optional.of(new BirthDate(LocalDate.of(number(m, 1), 1, 1), DatePrecision.YEAR));
        }
        if ((m = ESTIMATED_YEAR.matcher(t)).matches()) {
            return Optional.of(new BirthDate(LocalDate.of(number(m, 1), 1, 1), DatePrecision.ESTIMATED));
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    public static BirthDate ofYear(int year, boolean estimated) {
        return new BirthDate(LocalDate.of(year, 1, 1), estimated ? DatePrecision.ESTIMATED : DatePrecision.YEAR);
    }

    public int year() {
        return date.getYear();
    }

    /** As people write it: {@code 1990-03-14}, {@code 03/1990}, {@code 1990}, {@code ~1990}. */
    public String display() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> "%02d/%d".formatted(date.getMonthValue(), date.getYear());
            case YEAR -> Integer.toString(date.getYear());
            case ESTIMATED -> "~" + date.getYear();
        };
    }
}
