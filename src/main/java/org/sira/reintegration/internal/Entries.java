package org.sira.reintegration.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sira.shared.FieldError;

/**
 * Reading the fields of reintegration's inputs (mediations, groups, work history, trainings, businesses): each problem is added to {@code errors}
 * under the field's name, so that one answer lists them all and nothing is written.
 */
public final class Entries {

    /** Dates before this are typing mistakes, not sessions. */
    public static final LocalDate EARLIEST = LocalDate.of(1960, 1, 1);
    private static final int SHOWN = 40;

    private Entries() {
    }

    /** Trimmed text, or null when there is none; an error when longer than {@code max}. */
    public static String text(String value, String field, int max, List<FieldError> errors) {
        String text = value == null || value.isBlank() ? null : value.strip();
        FieldError.checkLength(field, text, max, errors);
        return text;
    }

    /** Trimmed text that must be there. */
    public static String required(String value, String field, int max, List<FieldError> errors) {
        String text = text(value, field, max, errors);
        if (text == null) {
            errors.add(new FieldError(field, "error.required"));
        }
        return text;
    }

    /** One of the enum's names (any case); null, and an error, when missing or unknown. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "error.unknown-value", shown(value)));
            return null;
        }
    }

    /**
     * A day already past or today, written {@code YYYY-MM-DD}; null, and an error, when missing,
     * unreadable, in the future or before 1960.
     */
    public static LocalDate pastDate(String value, String field, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        LocalDate date = date(value, field, true, today, errors);
        return errors.size() > before ? null : date;
    }

    /** A day written {@code YYYY-MM-DD}, from 1960 and not after {@code today} (when given); null when blank (an error only when {@code required}). */
    public static LocalDate date(String value, String field, boolean required, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(EARLIEST)) {
                errors.add(new FieldError(field, "return.date.too-old"));
            } else if (today != null && date.isAfter(today)) {
                errors.add(new FieldError(field, "return.date.future"));
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "error.expected-date"));
            return null;
        }
    }

    /** An id written as a UUID; null when blank (an error only when {@code required}). */
    public static UUID id(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "reintegration.expected-id", shown(value)));
            return null;
        }
    }

    private static String shown(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN) : value;
    }

    /** The version the client loaded: required wherever a change could overwrite someone else's. */
    public static int version(Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("version", "error.required"));
            return -1;
        }
        return value;
    }

    /** Now, in UTC, to the microsecond both databases keep. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A version sent by a form; null when missing or not a number (then said as required). */
    public static Integer version(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
