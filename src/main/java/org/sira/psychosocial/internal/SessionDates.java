package org.sira.psychosocial.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.sira.shared.FieldError;

/** The dates of psychosocial records as typed: a day that has happened (a session, a screening) or one to come. */
public final class SessionDates {

    private static final LocalDate EARLIEST = LocalDate.of(1960, 1, 1);
    private static final int YEARS_AHEAD = 2;

    private SessionDates() {
    }

    /** A required date, not after today nor before 1960; null with an error on {@code field} otherwise. */
    public static LocalDate past(String field, String value, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        LocalDate date = parse(field, value, errors);
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "return.date.future"));
            return null;
        }
        if (date != null && date.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "return.date.too-old"));
            return null;
        }
        return date;
    }

    /** An optional date from {@code from} (null when none) to two years after today. */
    public static LocalDate ahead(String field, String value, LocalDate from, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = parse(field, value, errors);
        if (date != null && ((from != null && date.isBefore(from)) || date.isAfter(today.plusYears(YEARS_AHEAD)))) {
            errors.add(new FieldError(field, "session.next.range", YEARS_AHEAD));
            return null;
        }
        return date;
    }

    private static LocalDate parse(String field, String value, List<FieldError> errors) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "error.expected-date"));
            return null;
        }
    }
}
