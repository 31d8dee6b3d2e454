package org.sira.shared;

/** Someone else changed the record since the user loaded it (optimistic locking). */
public class StaleRecordException extends DomainException {

    private final transient Object current;

    public StaleRecordException(String recordType, Object id, Object current) {
        super("error.stale", recordType, String.valueOf(id));
        this.current = current;
    }

    /** The record as it is now, so the user can see what changed. */
    public Object current() {
        return current;
    }
}
