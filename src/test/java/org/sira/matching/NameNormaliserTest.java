package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser normaliser = NameNormaliser.standard();

    private String surname(String word) {
        return normaliser.surnameKey(word);
    }

    private String given(String word) {
        return normaliser.givenNameKey(word);
    }

    private static List<String> keys(List<NameToken> tokens) {
        return tokens.stream().map(NameToken::key).toList();
    }

    @Test
    void removesAccentsCaseAndPunctuation() {
        NormalisedName name = normaliser.normalise("KEÏTA", "  Fatoumata-Bintou. ");
        assertThat(name.family()).extracting(NameToken::plain).containsExactly("keita");
        assertThat(name.given()).extracting(NameToken::plain).containsExactly("fatoumata", "bintou");
    }

    @Test
    void givesCommonSurnameSpellingsOneKey() {
        assertThat(surname("Traoré")).isEqualTo(surname("Traore")).isEqualTo(surname("Trawore"));
        assertThat(surname("Coulibaly")).isEqualTo(surname("Kulibali")).isEqualTo(surname("Kouloubali"));
        assertThat(surname("Diarra")).isEqualTo(surname("Jara")).isEqualTo(surname("Djara"));
        assertThat(surname("Keïta")).isEqualTo(surname("Keita")).isEqualTo(surname("Kéita"));
        assertThat(surname("Cissé")).isEqualTo(surname("Sissé")).isEqualTo(surname("Cisse"));
        assertThat(surname("Diallo")).isEqualTo(surname("Jallo"));
        assertThat(surname("Doumbia")).isEqualTo(surname("Dumbia"));
        assertThat(surname("Camara")).isEqualTo(surname("Kamara"));
        assertThat(surname("Sylla")).isEqualTo(surname("Silla"));
        assertThat(surname("Bah")).isEqualTo(surname("Ba"));
        assertThat(surname("Maïga")).isEqualTo(surname("Maiga"));
        assertThat(surname("Haïdara")).isEqualTo(surname("Haidara"));
    }

    @Test
    void treatsKonateAndKanteAsDifferentSurnames() {
        assertThat(surname("Konaté")).isNotEqualTo(surname("Kanté"));
    }

    @Test
    void keepsLookAlikeFamiliesApart() {
        assertThat(surname("Traoré")).isNotEqualTo(surname("Touré"));
        assertThat(surname("Diarra")).isNotEqualTo(surname("Diallo"));
        assertThat(surname("Koné")).isNotEqualTo(surname("Konaté"));
        assertThat(surname("Sissoko")).isNotEqualTo(surname("Cissoko"));
    }

    @Test
    void givesEquivalentGivenNamesOneKey() {
        assertThat(given("Mamadou")).isEqualTo(given("Mahamadou")).isEqualTo(given("Mohamed"));
        assertThat(given("Ibrahim")).isEqualTo(given("Brahima")).isEqualTo(given("Ibrahima"));
        assertThat(given("Aboubacar")).isEqualTo(given("Boubacar"));
        assertThat(given("Ousmane")).isEqualTo(given("Usman")).isEqualTo(given("Oussmane"));
        assertThat(given("Souleymane")).isEqualTo(given("Suleiman"));
        assertThat(given("Abdoulaye")).isEqualTo(given("Abdullahi"));
        assertThat(given("Moussa")).isEqualTo(given("Musa"));
        assertThat(given("Fatoumata")).isEqualTo(given("Fatouma"));
        assertThat(given("Mariam")).isEqualTo(given("Mariama")).isEqualTo(given("Maryam"));
        assertThat(given("Kadiatou")).isEqualTo(given("Kadidia")).isEqualTo(given("Khadija"));
        assertThat(given("Oumou")).isEqualTo(given("Umu"));
        assertThat(given("Seydou")).isEqualTo(given("Saïdou"));
        assertThat(given("Cheick")).isEqualTo(given("Sheikh"));
        assertThat(given("Yacouba")).isEqualTo(given("Yacub")).isEqualTo(given("Yaqub"));
    }

    @Test
    void keepsMamadouAndAmadouApart() {
        assertThat(given("Mamadou")).isNotEqualTo(given("Amadou"));
        assertThat(given("Mamadou")).isNotEqualTo(given("Mamoudou"));
    }

    @Test
    void relatesDiminutivesWithoutMakingThemEquivalent() {
        assertThat(given("Fanta")).isNotEqualTo(given("Fatoumata"));
        assertThat(normaliser.areRelatedGivenNames(given("Fanta"), given("Fatoumata"))).isTrue();
        assertThat(given("Bakary")).isNotEqualTo(given("Aboubacar"));
    }

    @Test
    void cutsAWholeNameWrittenInOneCellKeepingItsSpelling() {
        assertThat(normaliser.splitWritten("COULIBALY Mahamadou Abdoulaye dit Bakary"))
                .isEqualTo(new NameNormaliser.WrittenName("COULIBALY", "Mahamadou Abdoulaye dit Bakary"));
        assertThat(normaliser.splitWritten("Moussa Traoré")).isEqualTo(new NameNormaliser.WrittenName("Traoré", "Moussa"));
        assertThat(normaliser.splitWritten("Traoré Moussa")).isEqualTo(new NameNormaliser.WrittenName("Traoré", "Moussa"));
        assertThat(normaliser.splitWritten("Aminata Oumou DIALLO")).isEqualTo(new NameNormaliser.WrittenName("DIALLO", "Aminata Oumou"));
        assertThat(normaliser.splitWritten("KEITA SEYDOU")).isEqualTo(new NameNormaliser.WrittenName("KEITA", "SEYDOU"));
        assertThat(normaliser.splitWritten("Awa")).isEqualTo(new NameNormaliser.WrittenName("Awa", null));
        assertThat(normaliser.splitWritten("  ")).isEqualTo(new NameNormaliser.WrittenName(null, null));
    }

    @Test
    void readsDitAsAnAlias() {
        NormalisedName name = normaliser.normalise("Traoré", "Moussa dit Bakary");
        assertThat(keys(name.given())).containsExactly(given("Moussa"));
        assertThat(keys(name.aliases())).containsExactly(given("Bakary"));
    }

    @Test
    void takesTheCapitalisedWordAsSurnameWhenEverythingIsInOneColumn() {
        NormalisedName name = normaliser.normalise(null, "TRAORE Moussa");
        assertThat(keys(name.family())).containsExactly(surname("Traoré"));
        assertThat(keys(name.given())).containsExactly(given("Moussa"));

        NormalisedName inFamilyColumn = normaliser.normalise("Sékou KONATÉ", "");
        assertThat(keys(inFamilyColumn.family())).containsExactly(surname("Konaté"));
        assertThat(keys(inFamilyColumn.given())).containsExactly(given("Sékou"));
    }

    @Test
    void recognisesAKnownSurnameWrittenFirstInLowerCase() {
        NormalisedName name = normaliser.normalise("", "coulibaly adama");
        assertThat(keys(name.family())).containsExactly(surname("Coulibaly"));
        assertThat(keys(name.given())).containsExactly(given("Adama"));
    }

    @Test
    void swapsColumnsWhenTheSurnameWasTypedAsGivenName() {
        NormalisedName name = normaliser.normalise("Moussa", "Diarra");
        assertThat(keys(name.family())).containsExactly(surname("Diarra"));
        assertThat(keys(name.given())).containsExactly(given("Moussa"));
    }

    @Test
    void dropsTitlesAndParticles() {
        NormalisedName name = normaliser.normalise("Ag Mohamed", "El Hadj Ibrahim");
        assertThat(name.family()).extracting(NameToken::plain).containsExactly("mohamed");
        assertThat(name.given()).extracting(NameToken::plain).containsExactly("ibrahim");
    }

    @Test
    void searchKeysOfDifferentlyWrittenNamesOverlap() {
        assertThat(NameKeys.searchKeys("Mahamadou TRAORÉ")).containsAll(NameKeys.searchKeys("traore mamadou"));
        assertThat(NameKeys.searchKeys("Ségou")).isEqualTo(NameKeys.searchKeys("Segou"));
        assertThat(NameKeys.searchKeys("Konaté")).doesNotContainAnyElementsOf(NameKeys.searchKeys("Kanté"));
    }

    @Test
    void searchKeysOfNothingAreEmpty() {
        assertThat(NameKeys.searchKeys(null)).isEmpty();
        assertThat(NameKeys.searchKeys(" - ")).isEmpty();
    }

    @Test
    void readsBambaraOrthographyAsTheFrenchSpelling() {
        assertThat(given("Jɛnɛba")).isEqualTo(given("Djénéba")).isEqualTo(given("Dyeneba"));
        assertThat(surname("Kulibali")).isEqualTo(surname("Coulibaly"));
        assertThat(surname("Sisɛ")).isEqualTo(surname("Cissé"));
        assertThat(surname("Kɔnɛ")).isEqualTo(surname("Koné"));
        assertThat(SpellingKey.plain("Ɲɛlɛ")).isEqualTo("nyele");
        assertThat(SpellingKey.plain("Maŋ")).isEqualTo("mang");
        assertThat(SpellingKey.of(SpellingKey.plain("Cɛka"))).isEqualTo(SpellingKey.of(SpellingKey.plain("Tchéka")));
    }

    @Test
    void knowsTheFrenchRenderingsOfTheWSound() {
        assertThat(given("Aoua")).isEqualTo(given("Awa")).isEqualTo(given("Hawa")).isEqualTo(given("Aouah"));
        assertThat(given("Oumou")).isEqualTo(given("Umu"));
        assertThat(given("Ouassa")).isEqualTo(given("Wassa"));
        assertThat(surname("Diawara")).isEqualTo(surname("Jawara")).isEqualTo(surname("Diaouara"));
        assertThat(surname("Ouattara")).isEqualTo(surname("Watara"));
    }

    @Test
    void aSearchForKulibaliAouaSharesBothKeysWithCoulibalyAwa() {
        assertThat(NameKeys.searchKeys("Coulibaly Awa")).containsAll(List.of(surname("Kulibali"), given("Aoua")));
        assertThat(NameKeys.searchKeys("Kulibali Aoua")).contains(surname("Coulibaly"), given("Awa"));
    }
}
