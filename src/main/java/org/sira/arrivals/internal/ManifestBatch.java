package org.sira.arrivals.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One "register all new" of a group's manifest: how many persons it registered, when and by whom. */
public record ManifestBatch(UUID id, UUID groupId, OffsetDateTime registeredAt, String registeredBy, int persons) {
}
