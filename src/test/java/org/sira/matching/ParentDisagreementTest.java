package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParentDisagreementTest {

    @Test
    void aCommonMothersNameDisagreesWeaklyAndARareOneStrongly() {
        double common = ParentDisagreement.mother(0.05 * 0.045, 1e-6);
        double rare = ParentDisagreement.mother(2e-6, 1e-6);

        assertThat(common).isNegative();
        assertThat(rare).isLessThan(common - 3);
    }

    @Test
    void aCommonFathersNameDisagreesWeaklyAndARareOneStrongly() {
        assertThat(ParentDisagreement.father(0.12, 0.002)).isNegative().isGreaterThan(ParentDisagreement.father(0.002, 0.001));
    }

    @Test
    void fatoumataTraoreAsAMotherWeighsLessAgainstAPairThanARareName() {
        MatchIndex index = new MatchIndex();
        for (int i = 0; i < 300; i++) {
            index.add(MatchRecord.builder("bg" + i).name(i % 2 == 0 ? "Traoré" : "Keita", "Moussa").sex("M").bornIn(1960 + i % 40)
                    .mother(i % 3 == 0 ? "Aminata Diallo" : "Fatoumata Traoré").build());
        }
        index.add(record("common", "Fatoumata Traoré"));
        index.add(record("rare-a", "Korotoumou Kassambara"));
        index.add(record("rare-b", "Nassira Simpara"));
        index.add(record("rare-c", "Massitan Dagnoko"));

        double common = motherWeight(index.compare("common", "rare-b"));
        double rare = motherWeight(index.compare("rare-a", "rare-c"));

        assertThat(common).isNegative();
        assertThat(rare).isLessThan(common);
    }

    private static MatchRecord record(String id, String mother) {
        return MatchRecord.builder(id).name("Samaké", "Tiéfing").sex("M").bornIn(1990).mother(mother).build();
    }

    private static double motherWeight(Optional<Candidate> candidate) {
        return candidate.orElseThrow().evidence().stream().filter(e -> e.field().equals("mother"))
                .findFirst().orElseThrow().weight();
    }
}
