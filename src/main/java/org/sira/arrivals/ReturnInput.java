package org.sira.arrivals;

import java.util.List;

import jakarta.validation.constraints.Size;

/** A return as typed in a form or sent to the API; checked by {@link ReturnInputReader}. */
public record ReturnInput(
        @Size(max = 40) String returnKind,
        @Size(max = 100) String countryFrom,
        @Size(max = 10) List<@Size(max = 100) String> transitCountries,
        @Size(max = 20) String leftMaliOn,
        Integer yearsAbroad,
        @Size(max = 20) String arrivalDate,
        @Size(max = 100) String arrivalPoint,
        @Size(max = 100) String programme,
        Boolean detained,
        Integer detentionDays,
        Boolean belongingsLeft,
        Boolean wagesUnpaid,
        Boolean familyLeftAbroad,
        Integer version) {
}
