package org.sira.shelter.internal;

import java.util.UUID;

/** A host centre. */
public record Centre(UUID id, String name) {
}
