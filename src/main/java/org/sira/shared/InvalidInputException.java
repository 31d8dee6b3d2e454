package org.sira.shared;

import java.util.List;

/** Input broke one or more field rules; nothing was written. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalid-input");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
