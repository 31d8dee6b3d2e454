package org.sira.people;

import java.util.List;
import java.util.UUID;

/** Persons were registered or changed; published inside the transaction, acted upon after commit. */
public record PersonsChanged(List<UUID> ids) {
}
