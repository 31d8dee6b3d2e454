package org.sira.arrivals.internal;

import java.util.List;
import java.util.Locale;

import org.sira.matching.MatchRecord;
import org.sira.people.BirthDate;
import org.sira.people.PersonInput;
import org.sira.people.Sex;

/** A person as a row of a manifest describes them, already read: any field may be missing. */
public record ListedPerson(String familyName, String givenNames, Sex sex, BirthDate birthDate, String fatherGivenName,
                           String motherName, String originRegion, String originCommune, String phone,
                           String documentNumber, String externalRef) {

    public String fullName() {
        return ((familyName == null ? "" : familyName.toUpperCase(Locale.ROOT)) + " " + (givenNames == null ? "" : givenNames))
                .strip();
    }

    /** The person as the matcher compares them with the registry and the other rows. */
    public MatchRecord matchRecord(String recordId) {
        MatchRecord.Builder builder = MatchRecord.builder(recordId).name(familyName, givenNames)
                .father(fatherGivenName).mother(motherName).origin(originRegion, originCommune, null)
                .phone(phone).document(documentNumber);
        if (sex != null) {
            builder.sex(sex.name());
        }
        if (birthDate != null) {
            builder.born(birthDate.date(), birthDate.precision().name());
        }
        return builder.build();
    }

    /** The person as a form would send them, to register them or complete a known person. */
    public PersonInput input() {
        return new PersonInput(familyName, givenNames, null, sex == null ? null : sex.name(),
                birthDate == null ? null : birthDate.date().toString(), birthDate == null ? null : birthDate.precision().name(),
                fatherGivenName, motherName, originRegion, originCommune, null, phone, null, null, documentNumber,
                List.of(), List.of(), null, null, List.of(), externalRef, false, null);
    }
}
