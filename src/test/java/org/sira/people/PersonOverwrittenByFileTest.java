package org.sira.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of a persons file put over a known person ({@link PersonDetails#overwrittenBy}). */
class PersonOverwrittenByFileTest {

    private static PhoneNumber phone(String text) {
        return PhoneNumber.parse(text).orElseThrow();
    }

    private static PersonDetails person(String given, Sex sex, List<PhoneNumber> phones, String ref) {
        return new PersonDetails("Traoré", given, List.of("Awa T."), sex, new BirthDate(LocalDate.of(1990, 1, 1), DatePrecision.YEAR),
                "Bakary", null, Origin.UNKNOWN, phones, List.of(), Set.of("bm"), Set.of(), null, ref, false);
    }

    private static PersonDetails file(String given, Sex sex, List<PhoneNumber> phones, String ref) {
        return new PersonDetails(null, given, List.of(), sex, null, null, "Fanta", Origin.UNKNOWN, phones, List.of(),
                Set.of(), Set.of(), null, ref, false);
    }

    @Test
    void whatTheFileSaysReplacesWhatIsStored() {
        PersonDetails after = person("Awa", Sex.F, List.of(), null).overwrittenBy(file("Aoua", Sex.M, List.of(), null));
        assertThat(after.givenNames()).isEqualTo("Aoua");
        assertThat(after.sex()).isEqualTo(Sex.M);
        assertThat(after.motherName()).isEqualTo("Fanta");
    }

    @Test
    void anEmptyCellErasesNothing() {
        PersonDetails stored = person("Awa", Sex.F, List.of(phone("76123456")), "ref-1");
        PersonDetails after = stored.overwrittenBy(file(null, null, List.of(), null));
        assertThat(after.familyName()).isEqualTo("Traoré");
        assertThat(after.birthDate()).isEqualTo(stored.birthDate());
        assertThat(after.fatherGivenName()).isEqualTo("Bakary");
        assertThat(after.phones()).isEqualTo(stored.phones());
    }

    @Test
    void aNewPhoneComesFirstAndTheLastKnownOneStaysSecond() {
        PersonDetails stored = person("Awa", Sex.F, List.of(phone("76123456"), phone("66123456")), null);
        PersonDetails after = stored.overwrittenBy(file(null, null, List.of(phone("90123456")), null));
        assertThat(after.phones()).containsExactly(phone("90123456"), phone("76123456"));
    }

    @Test
    void aPhoneAlreadyKnownChangesNothing() {
        PersonDetails stored = person("Awa", Sex.F, List.of(phone("76123456"), phone("66123456")), null);
        assertThat(stored.overwrittenBy(file(null, null, List.of(phone("66123456")), null)).phones()).isEqualTo(stored.phones());
    }

    @Test
    void aKnownReferenceAndWhatOnlyThePersonsPageChangesAreKept() {
        PersonDetails after = person("Awa", Sex.F, List.of(), "ref-1").overwrittenBy(file(null, null, List.of(), "ref-2"));
        assertThat(after.externalRef()).isEqualTo("ref-1");
        assertThat(after.aliases()).containsExactly("Awa T.");
        assertThat(after.languages()).containsExactly("bm");
        assertThat(person("Awa", Sex.F, List.of(), null).overwrittenBy(file(null, null, List.of(), "ref-2")).externalRef())
                .isEqualTo("ref-2");
    }
}
