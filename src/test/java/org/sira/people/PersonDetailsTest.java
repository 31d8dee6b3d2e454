package org.sira.people;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How what a person says later completes what is known of them, without Spring. */
class PersonDetailsTest {

    private static final Origin KITA = new Origin(null, null, null, "Kayes", "Kita", null);

    private static PersonDetails person(Sex sex, Origin origin, String father, String... phones) {
        return new PersonDetails("Coulibaly", "Fatoumata", List.of(), sex, null, father, null, origin,
                java.util.Arrays.stream(phones).map(PhoneNumber::new).toList(), List.of(), Set.of(), Set.of(), null, null, false);
    }

    @Test
    void fillingFromAnOldRowTakesOnlyWhatIsMissing() {
        PersonDetails known = person(Sex.F, Origin.UNKNOWN, null, "+22376112244");
        PersonDetails filled = known.filledFrom(person(Sex.M, KITA, "Drissa", "+22366554433"));
        assertThat(filled.sex()).isEqualTo(Sex.F);
        assertThat(filled.origin()).isEqualTo(KITA);
        assertThat(filled.fatherGivenName()).isEqualTo("Drissa");
        assertThat(filled.phones()).extracting(PhoneNumber::e164).containsExactly("+22376112244");
    }
}
