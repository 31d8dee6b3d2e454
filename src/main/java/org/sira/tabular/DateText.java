package org.sira.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;

/**
 * The ways dates are written in the association's registers, each kept with the precision it
 * carries: {@code 14/03/1990} (day), {@code 03/1990} (month), {@code 1990} (year),
 * {@code vers 1990} (estimated). Day first: these files come from French-speaking offices, and a
 * month-first date such as 03/14/1990 is refused (there is no 14th month) rather than guessed.
 */
final class DateText {

    static final String INVALID = "import.date.invalid";
    static final String NONEXISTENT = "import.date.nonexistent";
    static final String TOO_OLD = "import.date.tooOld";
    static final String FUTURE = "import.date.future";

    /** Nobody alive or recently returned was born, or arrived, before. */
    static final int FIRST_YEAR = 1900;

    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ESTIMATED_YEAR = Pattern.compile(
            "(?:vers|about|around|environ|env\\.?|circa|ca\\.?|approx\\.?|~)\\s*(\\d{4})");

    private DateText() {
    }

    static Parsed<BirthDate> read(String cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        String text = cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR_FIRST.matcher(text)).matches()) {
                return checked(cell, LocalDate.of(number(m, 1), number(m, 3), number(m, 4)), DatePrecision.DAY);
            }
            if ((m = DAY_FIRST.matcher(text)).matches()) {
                return checked(cell, LocalDate.of(number(m, 4), number(m, 3), number(m, 1)), DatePrecision.DAY);
            }
            if ((m = MONTH_YEAR.matcher(text)).matches()) {
                return checked(cell, LocalDate.of(number(m, 2), number(m, 1), 1), DatePrecision.MONTH);
            }
            if ((m = YEAR.matcher(text)).matches()) {
                return checked(cell, LocalDate.of(number(m, 1), 1, 1), DatePrecision.YEAR);
            }
            if ((m = ESTIMATED_YEAR.matcher(text)).matches()) {
                return checked(cell, LocalDate.of(number(m, 1), 1, 1), DatePrecision.ESTIMATED);
            }
        } catch (DateTimeException noSuchDay) {
            // 31/02/2019, 13/1990: written correctly, but no such date
            return Parsed.invalid(NONEXISTENT, Parsed.shown(cell));
        }
        return Parsed.invalid(INVALID, Parsed.shown(cell));
    }

    /** Refuses a date later than {@code today}; a year or month counts from its first day. */
    static Parsed<BirthDate> notAfter(BirthDate date, LocalDate today, String cell) {
        return date.date().isAfter(today) ? Parsed.invalid(FUTURE, Parsed.shown(cell)) : Parsed.of(date);
    }

    private static Parsed<BirthDate> checked(String cell, LocalDate date, DatePrecision precision) {
        if (date.getYear() < FIRST_YEAR) {
            return Parsed.invalid(TOO_OLD, Parsed.shown(cell), Integer.toString(FIRST_YEAR));
        }
        return Parsed.of(new BirthDate(date, precision));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
