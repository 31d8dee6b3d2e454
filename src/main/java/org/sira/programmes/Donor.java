package org.sira.programmes;

import java.util.UUID;

/** Who funds projects. */
public record Donor(UUID id, String name) {
}
