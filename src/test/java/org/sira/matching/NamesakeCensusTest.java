package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesakeCensusTest {

    private static final String[] SURNAMES = {"Traoré", "Coulibaly", "Diarra", "Keïta", "Koné", "Diallo", "Sangaré", "Sidibé",
        "Dembélé", "Touré", "Konaté", "Maïga", "Camara", "Sissoko", "Fofana", "Doumbia", "Kanté"};
    private static final String[] GIVEN = {"Moussa", "Mamadou", "Adama", "Seydou", "Ibrahim", "Oumar", "Bakary", "Drissa",
        "Souleymane", "Issa", "Dramane", "Lassana", "Boubacar", "Modibo", "Siaka", "Yacouba", "Daouda", "Samba", "Tiémoko"};
    private static final String[] FATHERS = {"Amadou", "Bréhima", "Zoumana", "Fousseyni", "Sékou", "Mahamadou", "Nouhoum"};

    /** 600 men whose names mix freely; with {@code cousins}, every other one has a namesake cousin in his village. */
    private static MatchIndex registry(boolean cousins) {
        MatchIndex index = new MatchIndex();
        for (int i = 0; i < 600; i++) {
            String family = SURNAMES[i % SURNAMES.length];
            String given = GIVEN[(i * 7) % GIVEN.length];
            String village = "Village " + (i % 97);
            index.add(person("p" + i, family, given, 1970 + i % 30, FATHERS[i % FATHERS.length], village));
            if (cousins && i % 2 == 0) {
                index.add(person("cousin" + i, family, given, 1971 + i % 30, FATHERS[(i + 1) % FATHERS.length], village));
            }
        }
        return index;
    }

    private static MatchRecord person(String id, String family, String given, int year, String father, String village) {
        return MatchRecord.builder(id).name(family, given).sex("M").bornIn(year).father(father)
                .origin("Kayes", "Commune of " + village, village).build();
    }

    @Test
    void aRegistryOfCousinsNamedAlikeIsCrowdedWithNamesakes() {
        assertThat(registry(true).namesakesCrowd()).isTrue();
    }

    @Test
    void aRegistryWhereNamesMixFreelyIsNot() {
        assertThat(registry(false).namesakesCrowd()).isFalse();
    }

    @Test
    void whereNamesakesCrowdABirthYearSaidAloudNoLongerMakesAMatch() {
        // Names, village and the year said: nothing a namesake cousin not registered yet could not share.
        MatchRecord row = MatchRecord.builder("row").name("Sidibe", "Dramane").sex("M").bornIn(1984)
                .origin("Kayes", null, "Tambacara").build();
        MatchRecord registered = person("sidibe", "Sidibé", "Dramane", 1984, "Ousmane", "Tambacara");

        MatchIndex free = registry(false);
        free.add(registered);
        MatchIndex crowded = registry(true);
        crowded.add(registered);

        Candidate inFree = first(free.query(row));
        Candidate inCrowded = first(crowded.query(row));
        assertThat(inFree.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(inCrowded.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(Reasons.of(inCrowded.evidence())).extracting(Reason::code).contains(Reason.Code.MANY_NAMESAKES);
        // A comparison page says the same as the list.
        assertThat(crowded.compareWith("sidibe", row)).isEqualTo(inCrowded);
        assertThat(free.compareWith("sidibe", row).verdict()).isEqualTo(Verdict.MATCH);
    }

    private static Candidate first(List<Candidate> candidates) {
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).recordId()).isEqualTo("sidibe");
        return candidates.get(0);
    }
}
