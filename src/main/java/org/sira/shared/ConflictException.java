package org.sira.shared;

import java.util.Map;

/**
 * The request is right but the state of things refuses it now (a bed already taken, too little
 * stock): 409, with what the caller needs to decide again ({@code available}…). Nothing was written.
 */
public class ConflictException extends DomainException {

    private final transient Map<String, Object> details;

    public ConflictException(Map<String, Object> details, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.details = Map.copyOf(details);
    }

    public ConflictException(String messageKey, Object... arguments) {
        this(Map.of(), messageKey, arguments);
    }

    public Map<String, Object> details() {
        return details;
    }
}
