package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchIndexTest {

    private MatchIndex index;

    @BeforeEach
    void registryWithNamesakes() {
        index = new MatchIndex();
        // Background population so that frequencies mean something: many Traorés, many Moussas.
        String[] surnames = {"Traoré", "Traoré", "Coulibaly", "Diarra", "Keita", "Koné", "Diallo", "Sangaré",
            "Sidibé", "Dembélé", "Touré", "Konaté", "Maïga", "Camara", "Sissoko", "Fofana"};
        String[] given = {"Moussa", "Moussa", "Mamadou", "Adama", "Seydou", "Ibrahim", "Fatoumata", "Aminata",
            "Oumar", "Bakary", "Drissa", "Mariam", "Kadiatou", "Awa", "Souleymane", "Issa"};
        for (int i = 0; i < 400; i++) {
            index.add(MatchRecord.builder("bg" + i)
                    .name(surnames[i % surnames.length], given[(i / 16) % given.length])
                    .sex(i % 2 == 0 ? "M" : "F")
                    .bornIn(1970 + i % 35)
                    .father(given[(i / 3) % given.length])
                    .origin("Kayes", "Commune " + (i % 30), "Village " + (i % 90))
                    .build());
        }
        index.add(MatchRecord.builder("moussa-a").name("TRAORÉ", "Moussa").sex("M")
                .born(LocalDate.of(1992, 3, 14), "DAY").father("Bakary").mother("Aminata Diallo")
                .origin("Kayes", "Diéma", "Lakamané").phone("+223 76 12 34 56").build());
        index.add(MatchRecord.builder("moussa-b").name("Traoré", "Moussa").sex("M")
                .born(LocalDate.of(1992, 1, 1), "YEAR").father("Seydou").mother("Kadiatou Keita")
                .origin("Sikasso", "Kadiolo", "Misseni").build());
        index.add(MatchRecord.builder("tiemoko").name("Simpara", "Tiémoko").sex("M")
                .born(LocalDate.of(1988, 1, 1), "YEAR").origin("Kayes", "Yélimané", "Tambacara").build());
    }

    private static MatchRecord.Builder query(String id) {
        return MatchRecord.builder(id);
    }

    @Test
    void recognisesAReturneeDespiteSpellingAndAMissingDay() {
        List<Candidate> candidates = index.query(query("q").name(null, "TRAORE Mousa").sex("M").bornIn(1992)
                .father("Bakari").village("Lakamane").build());

        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).recordId()).isEqualTo("moussa-a");
        assertThat(candidates.get(0).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void tellsNamesakesApartByFatherMotherAndVillage() {
        List<Candidate> candidates = index.query(query("q").name("Traore", "Moussa").sex("M").bornIn(1992)
                .father("Seydou").mother("Kadiatou Keïta").origin("Sikasso", "Kadiolo", "Misséni").build());

        assertThat(candidates.get(0).recordId()).isEqualTo("moussa-b");
        assertThat(candidates).filteredOn(c -> c.recordId().equals("moussa-a"))
                .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.MATCH));
    }

    @Test
    void neverMatchesACommonNameOnItsBirthYearAlone() {
        MatchRecord nameAndYear = query("q").name("Traoré", "Moussa").sex("M").bornIn(1992).build();
        MatchRecord withFatherAndVillage = query("q").name("Traoré", "Moussa").sex("M").bornIn(1992)
                .father("Bakary").village("Lakamané").build();

        assertThat(index.compareWith("moussa-a", nameAndYear).verdict()).isNotEqualTo(Verdict.MATCH);
        assertThat(index.compareWith("moussa-b", nameAndYear).verdict()).isNotEqualTo(Verdict.MATCH);
        assertThat(index.compareWith("moussa-a", withFatherAndVillage).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void givesARareNameMoreWeightThanACommonOne() {
        double rare = familyWeight(index.query(query("q").name("Simpara", "Tiémoko").bornIn(1988).build()), "tiemoko");
        double common = familyWeight(index.query(query("q").name("Traoré", "Moussa").sex("M")
                .born(LocalDate.of(1992, 3, 14), "DAY").build()), "moussa-a");

        assertThat(rare).isGreaterThan(common + 3);
    }

    private static double familyWeight(List<Candidate> candidates, String id) {
        return candidates.stream().filter(c -> c.recordId().equals(id)).findFirst().orElseThrow()
                .evidence().stream().filter(e -> e.field().equals("familyName")).findFirst().orElseThrow().weight();
    }

    @Test
    void matchesARecordTypedWithSurnameAndGivenNameSwapped() {
        List<Candidate> candidates = index.query(query("q").name("Tiémoko", "Simpara").bornIn(1988)
                .village("Tambacara").build());

        assertThat(candidates.get(0).recordId()).isEqualTo("tiemoko");
        assertThat(candidates.get(0).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void doesNotTakeKanteForKonate() {
        index.add(query("konate").name("Konaté", "Siaka").sex("M").bornIn(1985).village("Kita").build());
        List<Candidate> candidates = index.query(query("q").name("Kanté", "Siaka").sex("M").bornIn(1985)
                .village("Kita").build());

        assertThat(candidates).filteredOn(c -> c.recordId().equals("konate"))
                .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.MATCH));
    }

    @Test
    void findsAPersonThroughTheirPhoneWhenTheNameIsBadlyMangled() {
        List<Candidate> candidates = index.query(query("q").name("Trahore", "Mussa").phone("76123456").sex("M")
                .bornIn(1992).build());

        assertThat(candidates).extracting(Candidate::recordId).contains("moussa-a");
    }

    @Test
    void explainsEveryFieldWithItsWeightAndKeepsTheScoreBetweenZeroAndOne() {
        Candidate best = index.query(query("q").name("Traore", "Moussa").sex("M")
                .born(LocalDate.of(1992, 3, 14), "DAY").father("Bakary").build()).get(0);

        assertThat(best.score()).isBetween(0.0, 1.0);
        assertThat(best.evidence()).extracting(FieldEvidence::field)
                .contains("familyName", "givenNames", "sex", "birthDate", "father", "phone");
        assertThat(best.evidence()).filteredOn(e -> e.field().equals("birthDate"))
                .extracting(FieldEvidence::agreement).containsExactly(Agreement.EXACT);
        assertThat(best.evidence()).filteredOn(e -> e.field().equals("phone"))
                .extracting(FieldEvidence::agreement).containsExactly(Agreement.MISSING);
        assertThat(best.weight()).isEqualTo(best.evidence().stream().mapToDouble(FieldEvidence::weight).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void comparesAYearOnlyDateAtItsOwnPrecision() {
        Candidate sameYear = index.compareWith("moussa-a", query("q").name("Traore", "Moussa").bornIn(1992).build());
        Candidate otherYear = index.compareWith("moussa-a", query("q").name("Traore", "Moussa").bornIn(1999).build());

        assertThat(agreementOn(sameYear, "birthDate")).isEqualTo(Agreement.VARIANT);
        assertThat(agreementOn(otherYear, "birthDate")).isEqualTo(Agreement.DISAGREE);
    }

    private static Agreement agreementOn(Candidate candidate, String field) {
        return candidate.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow().agreement();
    }

    @Test
    void forgetsARemovedRecordAndUsesTheUpdatedOne() {
        assertThat(index.remove("tiemoko")).isTrue();
        assertThat(index.query(query("q").name("Simpara", "Tiémoko").bornIn(1988).build()))
                .extracting(Candidate::recordId).doesNotContain("tiemoko");

        index.add(query("moussa-b").name("Traoré", "Moussa").sex("M").bornIn(1960).build());
        index.update(query("moussa-b").name("Simpara", "Tiémoko").sex("M").bornIn(1988).build());
        assertThat(index.query(query("q").name("Simpara", "Tiémoko").bornIn(1988).build()).get(0).recordId())
                .isEqualTo("moussa-b");
    }

    @Test
    void neverOffersARecordAsItsOwnCandidate() {
        MatchRecord self = query("moussa-a").name("TRAORÉ", "Moussa").sex("M").build();
        assertThat(index.query(self)).extracting(Candidate::recordId).doesNotContain("moussa-a");
    }

    @Test
    void deduplicationFindsARowTypedTwiceOnceOnly() {
        index.add(query("moussa-a-again").name("Traore", "Moussa").sex("M")
                .born(LocalDate.of(1992, 3, 14), "DAY").father("Bakary").mother("Aminata Diallo")
                .origin("Kayes", "Diema", "Lakamane").phone("76123456").build());

        List<DuplicatePair> pairs = index.deduplicate();

        assertThat(pairs).filteredOn(p -> p.verdict() == Verdict.MATCH)
                .filteredOn(p -> p.firstId().startsWith("moussa-a") && p.secondId().startsWith("moussa-a"))
                .hasSize(1);
    }

    @Test
    void aComparisonGivesTheVerdictAndReasonsOfTheQueryTheClearLeadIncluded() {
        // Two registrations alike but for the mother: the row fits both equally well, so neither is a MATCH.
        index.add(query("salif-a").name("Sogoba", "Salif").sex("M").bornIn(1989).father("Makan").mother("Ramata Ballo")
                .origin("Sikasso", "Kadiolo", "Kosoni").build());
        index.add(query("salif-b").name("Sogoba", "Salif").sex("M").bornIn(1989).father("Makan").mother("Nassira Dembélé")
                .origin("Sikasso", "Kadiolo", "Kosoni").build());
        MatchRecord row = query("row").name("SOGOBA", "Salifu").bornIn(1989).father("Makan").origin("Sikasso", "Kadiolo", "Kosoni").build();

        Candidate inList = index.query(row).stream().filter(c -> c.recordId().equals("salif-a")).findFirst().orElseThrow();
        Candidate compared = index.compareWith("salif-a", row);

        assertThat(inList.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(compared).isEqualTo(inList);
        assertThat(compared.evidence()).anyMatch(e -> e.field().equals(ClearLeadRule.FIELD));
    }

    @Test
    void aPairOfTheDeduplicationIsAMatchOnlyIfSomethingPersonalAgrees() {
        // Same names, father and village, no date, phone, document or mother: heavy, but a person must look.
        index.add(query("salif-a").name("Sogoba", "Salif").sex("M").father("Makan").origin("Sikasso", "Kadiolo", "Kosoni").build());
        index.add(query("salif-b").name("Sogoba", "Salif").sex("M").father("Makan").origin("Sikasso", "Kadiolo", "Kosoni").build());

        List<DuplicatePair> pairs = index.deduplicate().stream()
                .filter(p -> p.firstId().startsWith("salif") && p.secondId().startsWith("salif")).toList();

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).score()).isGreaterThanOrEqualTo(MatchSettings.defaults().matchScore());
        assertThat(pairs.get(0).verdict()).isEqualTo(Verdict.POSSIBLE);
    }
}
