package org.sira.shared;

import java.util.List;
import java.util.Objects;

/** One invalid field: its name in the API and a message key with arguments. */
public record FieldError(String field, String messageKey, Object... arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /**
     * Adds "at most {@code max} characters" when {@code value} is longer. Lengths are rules of the
     * domain too: imports reach the readers without the web layer's checks.
     */
    public static void checkLength(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.Size", max, 0));
        }
    }
}
