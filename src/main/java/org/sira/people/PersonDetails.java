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

    /**
     * These details with what a persons file says of them put over them. A value the file leaves out
     * says nothing: a register that left a cell blank does not erase what Sira knows (that is done on
     * the person's page). Aliases, languages, vulnerabilities, consent and protection are not a
     * file's to change, nor is a reference already known.
     */
    public PersonDetails overwrittenBy(PersonDetails file) {
        return new PersonDetails(
                file.familyName() != null ? file.familyName() : familyName,
                file.givenNames() != null ? file.givenNames() : givenNames,
                aliases,
                file.sex() != null ? file.sex() : sex,
                file.birthDate() != null ? file.birthDate() : birthDate,
                file.fatherGivenName() != null ? file.fatherGivenName() : fatherGivenName,
                file.motherName() != null ? file.motherName() : motherName,
                file.origin().equals(Origin.UNKNOWN) ? origin : file.origin(),
                newFirst(phones, file.phones()),
                !file.documents().isEmpty() ? file.documents() : documents,
                languages, vulnerabilities, consent,
                externalRef != null ? externalRef : file.externalRef(), restricted);
    }

    /**
     * Numbers change often and the old one may still reach the family: new numbers come first and
     * the last known one stays second (a person has two). A number already known changes nothing.
     */
    private static List<PhoneNumber> newFirst(List<PhoneNumber> stored, List<PhoneNumber> file) {
        if (file.isEmpty() || stored.containsAll(file)) {
            return stored;
        }
        List<PhoneNumber> phones = new java.util.ArrayList<>(file);
        stored.stream().filter(p -> !phones.contains(p)).limit(Math.max(0, 2 - phones.size())).forEach(phones::add);
        return phones;
    }

    public String fullName() {
        return ((familyName == null ? "" : familyName.toUpperCase(java.util.Locale.ROOT)) + " "
                + (givenNames == null ? "" : givenNames)).strip();
    }
}
