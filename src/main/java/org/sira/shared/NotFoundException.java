package org.sira.shared;

/** No such record, or one the current user may not see: both look the same from outside. */
public class NotFoundException extends DomainException {

    public NotFoundException(String recordType, Object id) {
        super("error.not-found", recordType, String.valueOf(id));
    }
}
