package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockingTest {

    private static SyntheticPopulation.Scenario scenario;
    private static MatchIndex index;

    @BeforeAll
    static void registry() {
        scenario = new SyntheticPopulation(42).registryAndManifest(20_000, 180, 0.4);
        index = new MatchIndex(MatchSettings.defaults(), 20_000);
        scenario.registry().forEach(l -> index.add(l.record()));
    }

    @Test
    void comparesAnArrivalWithOnlyAFewHundredthsOfTheRegistry() {
        double compared = scenario.manifest().stream()
                .mapToInt(row -> index.comparedIds(row.record()).size()).average().orElseThrow();

        assertThat(compared / index.size()).isLessThan(0.02);
    }

    @Test
    void comparesAlmostEveryReturneeWithTheirEarlierRecords() {
        Map<Integer, java.util.List<String>> recordsOf = new HashMap<>();
        scenario.registry().forEach(l -> recordsOf.computeIfAbsent(l.personId(), k -> new java.util.ArrayList<>())
                .add(l.record().id()));
        int links = 0;
        int compared = 0;
        for (SyntheticPopulation.Labelled row : scenario.manifest()) {
            java.util.Set<String> ids = index.comparedIds(row.record());
            for (String id : recordsOf.getOrDefault(row.personId(), java.util.List.of())) {
                links++;
                compared += ids.contains(id) ? 1 : 0;
            }
        }
        assertThat((double) compared / links).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void bringsTogetherRecordsThatShareOnlyAPhoneNumber() {
        MatchIndex small = new MatchIndex();
        small.add(MatchRecord.builder("a").name("Kulibali", "Adama").phone("+223 76 00 11 22").build());
        MatchRecord query = MatchRecord.builder("q").name("Sangaré", "Oumar").phone("76001122").build();

        assertThat(small.comparedIds(query)).containsExactly("a");
    }

    @Test
    void bringsTogetherRecordsTypedWithNameColumnsSwappedAndYearsApart() {
        MatchIndex small = new MatchIndex();
        small.add(MatchRecord.builder("a").name("Diarra", "Seydou").born(LocalDate.of(1990, 5, 2), "DAY").build());
        MatchRecord query = MatchRecord.builder("q").name("Seydou", "Djara").bornAround(1992).build();

        assertThat(small.comparedIds(query)).containsExactly("a");
    }

    @Test
    void neverComparesANameWithAnUnrelatedName() {
        MatchIndex small = new MatchIndex();
        small.add(MatchRecord.builder("a").name("Diarra", "Seydou").bornIn(1990).build());
        MatchRecord query = MatchRecord.builder("q").name("Konaté", "Fatoumata").bornIn(1990).build();

        assertThat(small.comparedIds(query)).isEmpty();
    }
}
