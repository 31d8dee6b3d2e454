package org.sira.casework.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.sira.shared.FieldError;

/** Reading the fields of casework's inputs: each problem is added to {@code errors} under the field's name. */
public final class Fields {

    private static final int SHOWN = 40;

    private Fields() {
    }

    /** Trimmed text, or null when there is none. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
            errors.add(new FieldError(field, "error.unknown-value", value.length() > SHOWN ? value.substring(0, SHOWN) : value));
            return null;
        }
    }

    /** A UUID the client chose for its request; null when none is given, and an error when unreadable. */
    public static java.util.UUID requestId(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "error.unknown-value", value.length() > SHOWN ? value.substring(0, SHOWN) : value));
            return null;
        }
    }

    /** A date written {@code YYYY-MM-DD}; null, and an error, when missing or unreadable. */
    public static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "error.expected-date"));
            return null;
        }
    }
}
