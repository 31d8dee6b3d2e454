package org.sira.shelter;

import java.util.UUID;

/** A host centre. */
public record Centre(UUID id, String name) {
}
