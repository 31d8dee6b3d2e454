package org.sira.people.cells;

import org.sira.tabular.ExcelNumbers;
import org.sira.tabular.Parsed;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.sira.people.BirthDate;
import org.sira.people.DatePrecision;

/** A date cell read as {@link BirthDate#written} reads it, with the import's own messages and limits. */
final class DateText {

    static final String INVALID = "import.date.invalid";
    static final String NONEXISTENT = "import.date.nonexistent";
    static final String TOO_OLD = "import.date.tooOld";
    static final String FUTURE = "import.date.future";

    private static final Pattern DAY_NUMBER = Pattern.compile("\\s*\\d{5}\\s*");

    /** Nobody alive or recently returned was born, or arrived, before. */
    static final int FIRST_YEAR = 1900;

    private DateText() {
    }

    static Parsed<BirthDate> read(String cell) {
        return read(cell, FIRST_YEAR);
    }

    /** As above, refusing dates before {@code firstYear} with that year in the message. */
    static Parsed<BirthDate> read(String cell, int firstYear) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        if (DAY_NUMBER.matcher(cell).matches()) {
            // A date cell that lost its format shows the spreadsheet's day number: 43831 is 2020-01-01.
            // Four digits stay a year; five are from 1927 (10000) on.
            return ExcelNumbers.isoDate(cell, false).map(day -> checked(cell, new BirthDate(LocalDate.parse(day), DatePrecision.DAY), firstYear))
                    .orElseGet(() -> Parsed.invalid(INVALID, Parsed.shown(cell)));
        }
        try {
            return BirthDate.written(cell).map(date -> checked(cell, date, firstYear))
                    .orElseGet(() -> Parsed.invalid(INVALID, Parsed.shown(cell)));
        } catch (DateTimeException noSuchDay) {
            // 31/02/2019, 13/1990: written correctly, but no such date
            return Parsed.invalid(NONEXISTENT, Parsed.shown(cell));
        }
    }

    /** Refuses a date later than {@code today}; a year or month counts from its first day. */
    static Parsed<BirthDate> notAfter(BirthDate date, LocalDate today, String cell) {
        return date.date().isAfter(today) ? Parsed.invalid(FUTURE, Parsed.shown(cell)) : Parsed.of(date);
    }

    private static Parsed<BirthDate> checked(String cell, BirthDate date, int firstYear) {
        if (date.year() < firstYear) {
            return Parsed.invalid(TOO_OLD, Parsed.shown(cell), Integer.toString(firstYear));
        }
        return Parsed.of(date);
    }
}
