package org.sira.people;

import java.util.List;
import java.util.Set;

/** Everything a user can register or change about a person, already checked. */
public record PersonDetails(String familyName, String givenNames, List<String> aliases, Sex sex, BirthDate birthDate,
                            String fatherGivenName, String motherName, Origin origin, List<PhoneNumber> phones,
                            List<IdentityDocument> documents, Set<String> languages, Set<Vulnerability> vulnerabilities,
                            Consent consent, String externalRef, boolean restricted) {

    public PersonDetails {
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        documents = List.copyOf(documents);
        languages = Set.copyOf(languages);
        vulnerabilities = Set.copyOf(vulnerabilities);
        origin = origin == null ? Origin.UNKNOWN : origin;
        // A protection case stays restricted whatever the form said.
        restricted = restricted || vulnerabilities.stream().anyMatch(Vulnerability::restricts);
    }

    /**
     * These details with what they lack taken from {@code other}: sex, birth date, parents, origin,
     * phones, documents, external reference. Nothing they have is changed. The rule of a returns
     * file, whose rows may be years old.
     */
    public PersonDetails filledFrom(PersonDetails other) {
        return new PersonDetails(familyName, givenNames, aliases,
                sex != null ? sex : other.sex(),
                birthDate != null ? birthDate : other.birthDate(),
                fatherGivenName != null ? fatherGivenName : other.fatherGivenName(),
                motherName != null ? motherName : other.motherName(),
                !origin.equals(Origin.UNKNOWN) ? origin : other.origin(),
                !phones.isEmpty() ? phones : other.phones(),
                !documents.isEmpty() ? documents : other.documents(),
                languages, vulnerabilities, consent,
                externalRef != null ? externalRef : other.externalRef(), restricted);
    }

    public String fullName() {
        return ((familyName == null ? "" : familyName.toUpperCase(java.util.Locale.ROOT)) + " "
                + (givenNames == null ? "" : givenNames)).strip();
    }
}
