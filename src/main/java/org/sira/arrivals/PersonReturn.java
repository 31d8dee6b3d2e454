package org.sira.arrivals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One arrival of a person in Mali and its circumstances. */
public record PersonReturn(UUID id, UUID personId, UUID groupId, ReturnDetails details, OffsetDateTime createdAt,
                           String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    /** What a user can record about a return, already checked. */
    public record ReturnDetails(ReturnKind returnKind, String countryFrom, List<String> transitCountries,
                                LocalDate leftMaliOn, Integer yearsAbroad, LocalDate arrivalDate, String arrivalPoint,
                                String programme, Boolean detained, Integer detentionDays, Boolean belongingsLeft,
                                Boolean wagesUnpaid, Boolean familyLeftAbroad) {

        public ReturnDetails {
            transitCountries = transitCountries == null ? List.of() : List.copyOf(transitCountries);
        }
    }
}
