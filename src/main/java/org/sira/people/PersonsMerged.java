package org.sira.people;

import java.util.UUID;

/**
 * Two records were found to be one person. Published inside the merge's transaction: each
 * module moves the merged person's records to the kept one in a synchronous listener of its own
 * (a failure rolls the merge back) and notes them under the merge's id.
 */
public record PersonsMerged(UUID mergeId, UUID keptId, UUID mergedId) {
}
