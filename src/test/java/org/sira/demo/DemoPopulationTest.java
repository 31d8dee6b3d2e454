package org.sira.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sira.people.PersonDetails;
import org.sira.reference.AdminDivision;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPopulationTest {

    private static final List<AdminDivision> COMMUNES = List.of(
            new AdminDivision("ML-KAYES-KITA-KITA", AdminDivision.Level.COMMUNE, "Kita", "ML-KAYES-KITA", null, "test", 0),
            new AdminDivision("ML-SEGOU-SEGOU-MARKALA", AdminDivision.Level.COMMUNE, "Markala", "ML-SEGOU-SEGOU", null, "test", 0));
    private static final Function<AdminDivision, AdminDivision> NO_PARENT = d -> null;

    @Test
    void theSameSeedGivesTheSamePersonsAndReturns() {
        DemoPopulation first = new DemoPopulation(42, COMMUNES, NO_PARENT);
        DemoPopulation second = new DemoPopulation(42, COMMUNES, NO_PARENT);
        assertThat(first.next(200)).isEqualTo(second.next(200));
        assertThat(first.returns()).isEqualTo(second.returns());
        assertThat(new DemoPopulation(43, COMMUNES, NO_PARENT).next(200)).isNotEqualTo(new DemoPopulation(42, COMMUNES, NO_PARENT).next(200));
    }

    @Test
    void commonSurnamesAreMuchMoreFrequentThanRareOnesAndMostReturneesAreMen() {
        List<PersonDetails> persons = new DemoPopulation(7, COMMUNES, NO_PARENT).next(5_000);
        Map<String, Long> surnames = persons.stream().collect(Collectors.groupingBy(PersonDetails::familyName, Collectors.counting()));
        assertThat(surnames.get("Traoré")).isGreaterThan(3 * surnames.get("Bathily"));
        long men = persons.stream().filter(p -> p.sex() == org.sira.people.Sex.M).count();
        assertThat(men).isBetween(4_000L, 4_600L);
        assertThat(persons).allSatisfy(p -> assertThat(p.birthDate()).isNotNull());
    }
}
