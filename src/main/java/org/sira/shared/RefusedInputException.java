package org.sira.shared;

import java.util.List;

/**
 * Well-formed input that names something unknown or breaks a rule of the domain (a bed that does
 * not fit the person, a referral sharing data without the person's consent, a person nobody can
 * see): 422 with the fields at fault, where a malformed value is a plain {@link InvalidInputException}
 * (400). Nothing was written.
 */
public class RefusedInputException extends InvalidInputException {

    public RefusedInputException(List<FieldError> errors) {
        super(errors);
    }

    public static RefusedInputException of(String field, String messageKey, Object... arguments) {
        return new RefusedInputException(List.of(new FieldError(field, messageKey, arguments)));
    }
}
