package org.sira.shelter;

import java.time.Instant;
import java.util.UUID;

/** A stay left one bed for another at that moment: the history of where a person slept. */
public record BedMove(UUID fromBedId, UUID toBedId, Instant at, String by) {
}
