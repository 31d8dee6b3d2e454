package org.sira.people;

import java.time.LocalDate;
import java.util.UUID;

/** One return of a person, as the person's page and API show it. */
public record ReturnLine(UUID id, LocalDate arrivalDate, String returnKind, String countryFrom, String countryName,
                         String arrivalPoint, String programme, UUID groupId, int version) {
}
