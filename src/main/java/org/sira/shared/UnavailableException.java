package org.sira.shared;

/** A feature this installation cannot serve until an administrator fixes something (503, with what to fix). */
public class UnavailableException extends DomainException {

    public UnavailableException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
