package org.sira.shared;

import java.util.Objects;

/** One invalid field: its name in the API and a message key with arguments. */
public record FieldError(String field, String messageKey, Object... arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }
}
