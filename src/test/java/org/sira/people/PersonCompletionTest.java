package org.sira.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How what a person says on tonight's list completes the person known, without Spring. */
class PersonCompletionTest {

    private static final Origin KITA = new Origin(null, null, null, "Kayes", "Kita", null);
    private static final OffsetDateTime THEN = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static PersonDetails details(Sex sex, BirthDate born, Origin origin, String father, String... phones) {
        return new PersonDetails("Coulibaly", "Fatoumata", List.of(), sex, born, father, null, origin,
                java.util.Arrays.stream(phones).map(PhoneNumber::new).toList(), List.of(), Set.of(), Set.of(), null, null, false);
    }

    private static Person known(PersonDetails details) {
        return new Person(UUID.randomUUID(), "SIR-2024-000007", details, THEN, "reception", THEN, "reception", 3);
    }

    @Test
    void tonightsNewPhoneComesFirstAndTheKnownOneStaysSecond() {
        Person completed = known(details(Sex.F, null, Origin.UNKNOWN, null, "+22376112244"))
                .completedWith(details(null, null, KITA, null, "+22366554433"));
        assertThat(completed.details().phones()).extracting(PhoneNumber::e164).containsExactly("+22366554433", "+22376112244");
        assertThat(completed.details().origin()).isEqualTo(KITA);
    }

    @Test
    void anEmptyCellTonightErasesNothing() {
        BirthDate born = new BirthDate(LocalDate.of(1990, 1, 1), DatePrecision.YEAR);
        Person person = known(details(Sex.F, born, KITA, "Drissa", "+22376112244"));
        Person completed = person.completedWith(details(null, null, Origin.UNKNOWN, null));
        assertThat(completed).isSameAs(person);
    }

    @Test
    void whatIsKnownAlreadyIsKeptAndAKnownPhoneIsNotRepeated() {
        Person person = known(details(Sex.F, null, KITA, "Drissa", "+22376112244", "+22366554433"));
        Person completed = person.completedWith(details(Sex.M, null, Origin.UNKNOWN, "Bakary", "+22366554433"));
        assertThat(completed).isSameAs(person);
    }

    @Test
    void whatIsMissingIsFilledAndTheRecordKeepsItsIdentityAndVersion() {
        BirthDate born = new BirthDate(LocalDate.of(1990, 3, 1), DatePrecision.MONTH);
        Person person = known(details(null, null, Origin.UNKNOWN, null));
        Person completed = person.completedWith(details(Sex.F, born, KITA, "Drissa"));
        assertThat(completed.details().sex()).isEqualTo(Sex.F);
        assertThat(completed.details().birthDate()).isEqualTo(born);
        assertThat(completed.details().fatherGivenName()).isEqualTo("Drissa");
        assertThat(completed.details().familyName()).isEqualTo("Coulibaly");
        assertThat(completed.id()).isEqualTo(person.id());
        assertThat(completed.version()).isEqualTo(person.version());
    }
}
