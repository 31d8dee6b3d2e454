package org.sira.reintegration;

import java.util.UUID;

/** A trade or skill practised abroad: where, for how many years, and a short description. */
public record WorkExperience(UUID id, UUID personId, String trade, String country, int years, String description, int version) {
}
