package org.sira.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date of birth as far as it is known. With {@code MONTH} the day is the 1st, with
 * {@code YEAR} and {@code ESTIMATED} the date is 1 January: only the precise part is meaningful.
 */
public record BirthDate(LocalDate date, DatePrecision precision) {

    public BirthDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR, ESTIMATED -> date.withDayOfYear(1);
        };
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
