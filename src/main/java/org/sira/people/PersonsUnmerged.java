package org.sira.people;

import java.util.UUID;

/** A merge was undone: each module moves back what it noted under the merge's id. */
public record PersonsUnmerged(UUID mergeId, UUID keptId, UUID mergedId) {
}
