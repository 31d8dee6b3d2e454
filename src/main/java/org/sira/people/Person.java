package org.sira.people;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person of the registry as stored: identity, file number, who changed it when, and its version. */
public record Person(UUID id, String fileNumber, PersonDetails details, OffsetDateTime createdAt, String createdBy,
                     OffsetDateTime updatedAt, String updatedBy, int version) {
}
