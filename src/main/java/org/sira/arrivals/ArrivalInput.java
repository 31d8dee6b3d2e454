package org.sira.arrivals;

import jakarta.validation.constraints.Size;

/** An arrival group as sent to {@code POST /api/v1/arrivals} or typed in the form. */
public record ArrivalInput(
        @Size(max = 20) String arrivalDate,
        @Size(max = 100) String arrivalPoint,
        @Size(max = 100) String countryFrom,
        @Size(max = 40) String returnKind,
        @Size(max = 20) String transport,
        Integer expectedCount,
        @Size(max = 300) String partners,
        @Size(max = 1000) String notes) {
}
