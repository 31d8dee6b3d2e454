package org.sira.people;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A person as typed in the form or sent to the API: plain text, checked by
 * {@link PersonInputReader} into {@link PersonDetails}. Sizes are bounded here so that a hostile
 * body is refused before anything else looks at it.
 */
public record PersonInput(
        @Size(max = 100) String familyName,
        @Size(max = 200) String givenNames,
        @Size(max = 300) String aliases,
        @Size(max = 20) String sex,
        @Size(max = 20) String birthDate,
        @Size(max = 20) String birthDatePrecision,
        @Size(max = 100) String fatherGivenName,
        @Size(max = 200) String motherName,
        @Size(max = 100) String originRegion,
        @Size(max = 100) String originCommune,
        @Size(max = 100) String originVillage,
        @Size(max = 40) String phone,
        @Size(max = 40) String phone2,
        @Size(max = 30) String documentKind,
        @Size(max = 60) String documentNumber,
        @Size(max = 20) List<@Size(max = 10) String> languages,
        @Size(max = 20) List<@Size(max = 40) String> vulnerabilities,
        @Size(max = 20) String consent,
        @Size(max = 20) String consentDate,
        @Size(max = 10) List<@Size(max = 40) String> consentPurposes,
        @Size(max = 100) String externalRef,
        Boolean restricted,
        Integer version) {

    public static PersonInput empty() {
        return new PersonInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), List.of(), null, null, List.of(), null, false, null);
    }
}
