package org.sira.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person as the API shows it (names of fields as in api-v1.md). {@code returns} is null, and left
 * out of the JSON, where they were not read (lists, search): an empty list would say "none".
 */
public record PersonView(UUID id, String fileNumber, String familyName, String givenNames, List<String> aliases,
                         Sex sex, LocalDate birthDate, DatePrecision birthDatePrecision, String fatherGivenName,
                         String motherName, String originRegion, String originCommune, String originVillage,
                         String originRegionCode, String originCercleCode, String originCommuneCode, String phone,
                         List<String> phones, String documentNumber, List<IdentityDocument> documents,
                         Set<String> languages, Set<Vulnerability> vulnerabilities, Consent consent,
                         String externalRef, boolean restricted, OffsetDateTime createdAt, String createdBy,
                         OffsetDateTime updatedAt, String updatedBy, int version, List<ReturnLine> returns) {

    /** Village, commune, region: as much as is known, most precise first. */
    public String originSummary() {
        return java.util.stream.Stream.of(originVillage, originCommune, originRegion)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String birthDateDisplay() {
        return birthDate == null ? null : new BirthDate(birthDate, birthDatePrecision).display();
    }

    public PersonView withReturns(List<ReturnLine> personReturns) {
        return new PersonView(id, fileNumber, familyName, givenNames, aliases, sex, birthDate, birthDatePrecision,
                fatherGivenName, motherName, originRegion, originCommune, originVillage, originRegionCode,
                originCercleCode, originCommuneCode, phone, phones, documentNumber, documents, languages,
                vulnerabilities, consent, externalRef, restricted, createdAt, createdBy, updatedAt, updatedBy, version,
                List.copyOf(personReturns));
    }

    /** The person as the edit form shows them, dates written at their precision. */
    public PersonInput asInput() {
        return new PersonInput(familyName(), givenNames(), String.join(", ", aliases()),
                sex() == null ? null : sex().name(),
                birthDate() == null ? null : switch (birthDatePrecision()) {
                    case DAY -> birthDate().toString();
                    case MONTH -> birthDate().toString().substring(0, 7);
                    case YEAR, ESTIMATED -> String.valueOf(birthDate().getYear());
                },
                birthDatePrecision() == null ? null : birthDatePrecision().name(), fatherGivenName(),
                motherName(), originRegion(), originCommune(), originVillage(), phones().isEmpty() ? null : phones().get(0),
                phones().size() > 1 ? phones().get(1) : null,
                documents().isEmpty() ? null : documents().get(0).kind().name(), documentNumber(),
                List.copyOf(languages()), vulnerabilities().stream().map(Enum::name).toList(),
                consent() == null ? null : consent().status().name(),
                consent() == null || consent().date() == null ? null : consent().date().toString(),
                consent() == null ? List.of() : consent().purposes().stream().map(Enum::name).toList(),
                externalRef(), restricted(), version());
    }
}
