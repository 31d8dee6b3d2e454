package org.sira.reintegration;

import java.time.LocalDate;
import java.util.UUID;

/** A training a person followed: sector, provider, dates and where it stands. */
public record Training(UUID id, UUID personId, EconomicSector sector, String provider, LocalDate startsOn, LocalDate endsOn,
                       TrainingStatus status, int version) {
}
