package org.sira.arrivals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A flight or convoy: returns registered from it inherit its date, point, country and kind. */
public record ArrivalGroup(UUID id, LocalDate arrivalDate, String arrivalPoint, String countryFrom,
                           ReturnKind returnKind, Transport transport, Integer expectedCount, String partners,
                           String notes, OffsetDateTime createdAt, String createdBy, int version,
                           long registeredCount) {
}
