package org.sira.people;

import java.util.List;
import java.util.UUID;

/**
 * Persons were registered or changed; published inside the transaction. {@code registered} says
 * they are all new, so that nothing recorded about them elsewhere (returns...) can need updating.
 */
public record PersonsChanged(List<UUID> ids, boolean registered) {

    public PersonsChanged(List<UUID> ids) {
        this(ids, false);
    }
}
