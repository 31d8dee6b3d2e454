package org.sira.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.sira.people.BirthDate;

/** A date cell read as {@link BirthDate#written} reads it, with the import's own messages and limits. */
final class DateText {

    static final String INVALID = "import.date.invalid";
    static final String NONEXISTENT = "import.date.nonexistent";
    static final String TOO_OLD = "import.date.tooOld";
    static final String FUTURE = "import.date.future";

    /** Nobody alive or recently returned was born, or arrived, before. */
    static final int FIRST_YEAR = 1900;

    private DateText() {
    }

    static Parsed<BirthDate> read(String cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        try {
            return BirthDate.written(cell).map(date -> checked(cell, date))
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

    private static Parsed<BirthDate> checked(String cell, BirthDate date) {
        if (date.year() < FIRST_YEAR) {
            return Parsed.invalid(TOO_OLD, Parsed.shown(cell), Integer.toString(FIRST_YEAR));
        }
        return Parsed.of(date);
    }
}
