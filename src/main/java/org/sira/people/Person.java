package org.sira.people;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person of the registry as stored: identity, file number, who changed it when, and its version.
 * Changes are verbs that return the person as they would be stored, leaving the writing to the registry.
 */
public record Person(UUID id, String fileNumber, PersonDetails details, OffsetDateTime createdAt, String createdBy,
                     OffsetDateTime updatedAt, String updatedBy, int version) {

    /**
     * The person completed by what they said tonight (a manifest row found to be them): what they
     * lack is filled as {@link PersonDetails#filledFrom} does, so that a field left empty tonight
     * erases nothing and a field known already is kept; a phone number not known yet comes first
     * and the known ones after it, since the newest number is the one that answers. The same
     * person when tonight adds nothing.
     */
    public Person completedWith(PersonDetails tonight) {
        PersonDetails filled = details.filledFrom(tonight);
        List<PhoneNumber> newest = new ArrayList<>();
        for (PhoneNumber phone : tonight.phones()) {
            if (!filled.phones().contains(phone)) {
                newest.add(phone);
            }
        }
        if (!newest.isEmpty()) {
            newest.addAll(filled.phones());
            filled = new PersonDetails(filled.familyName(), filled.givenNames(), filled.aliases(), filled.sex(),
                    filled.birthDate(), filled.fatherGivenName(), filled.motherName(), filled.origin(), newest,
                    filled.documents(), filled.languages(), filled.vulnerabilities(), filled.consent(), filled.externalRef(),
                    filled.restricted());
        }
        return filled.equals(details) ? this
                : new Person(id, fileNumber, filled, createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
