package org.sira.shared;

import java.util.List;

/**
 * Input that is well formed but that a rule of the domain refuses, naming the field the rule is
 * about (a referral sharing data without the person's consent): a 422, where {@link InvalidInputException} is a 400.
 */
public class RefusedInputException extends InvalidInputException {

    public RefusedInputException(List<FieldError> errors) {
        super(errors);
    }

    public static RefusedInputException of(String field, String messageKey, Object... arguments) {
        return new RefusedInputException(List.of(new FieldError(field, messageKey, arguments)));
    }
}
