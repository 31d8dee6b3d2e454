package org.sira.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "family_name, FAMILY_NAME", "nom, FAMILY_NAME",
            "given_names, GIVEN_NAMES", "prenoms, GIVEN_NAMES", "prenom, GIVEN_NAMES",
            "sex, SEX", "sexe, SEX",
            "birth_date, BIRTH_DATE", "date_naissance, BIRTH_DATE",
            "father_given_name, FATHER_GIVEN_NAME", "prenom_pere, FATHER_GIVEN_NAME",
            "mother_name, MOTHER_NAME", "nom_mere, MOTHER_NAME",
            "origin_commune, ORIGIN_COMMUNE", "commune_origine, ORIGIN_COMMUNE",
            "origin_region, ORIGIN_REGION", "region_origine, ORIGIN_REGION",
            "phone, PHONE", "telephone, PHONE",
            "document_number, DOCUMENT_NUMBER", "numero_piece, DOCUMENT_NUMBER",
            "external_ref, EXTERNAL_REF", "reference_externe, EXTERNAL_REF",
            "return_kind, RETURN_KIND", "type_retour, RETURN_KIND",
            "country_from, COUNTRY_FROM", "pays_provenance, COUNTRY_FROM",
            "arrival_date, ARRIVAL_DATE", "date_arrivee, ARRIVAL_DATE",
            "arrival_point, ARRIVAL_POINT", "lieu_arrivee, ARRIVAL_POINT"})
    void recognisesEveryHeadingOfThePublicApi(String heading, ImportField field) {
        assertThat(HeaderMatcher.match(List.of(heading)).columns()).containsOnlyKeys(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prénoms", "PRENOMS", "prénom(s)", " Prénoms ", "pré noms", "Given Names", "GIVEN-NAMES", "given__names"})
    void ignoresCaseAccentsSpacesUnderscoresAndPunctuation(String heading) {
        assertThat(HeaderMatcher.match(List.of(heading)).column(ImportField.GIVEN_NAMES)).isPresent();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Date de naissance|BIRTH_DATE", "Nom de famille|FAMILY_NAME", "Téléphone|PHONE", "Tél.|PHONE",
            "N° pièce|DOCUMENT_NUMBER", "Date d'arrivée|ARRIVAL_DATE", "Lieu d’arrivée|ARRIVAL_POINT",
            "Type de retour|RETURN_KIND", "Pays de provenance|COUNTRY_FROM", "Nom de la mère|MOTHER_NAME",
            "Prénom du père|FATHER_GIVEN_NAME", "Commune d'origine|ORIGIN_COMMUNE", "Région|ORIGIN_REGION"})
    void recognisesTheHeadingsRegistersUseBeyondTheApi(String heading, ImportField field) {
        assertThat(HeaderMatcher.match(List.of(heading)).columns()).containsOnlyKeys(field);
    }

    @Test
    void placesEachFieldAtItsColumn() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("Sexe", "Nom", "Prénoms"));

        assertThat(mapping.column(ImportField.SEX)).contains(new HeaderColumn(0, "Sexe"));
        assertThat(mapping.column(ImportField.FAMILY_NAME)).contains(new HeaderColumn(1, "Nom"));
        assertThat(mapping.column(ImportField.GIVEN_NAMES)).contains(new HeaderColumn(2, "Prénoms"));
    }

    @Test
    void knowsHeadingsNumberedAsFormsNumberTheirQuestions() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("1. Nom", "2) Prénoms", "N° 3 – Sexe :", "10 - Date d'arrivée", "2024"));

        assertThat(mapping.columns()).containsOnlyKeys(ImportField.FAMILY_NAME, ImportField.GIVEN_NAMES, ImportField.SEX,
                ImportField.ARRIVAL_DATE);
        assertThat(mapping.unknown()).extracting(HeaderColumn::heading).containsExactly("2024");
        assertThat(HeaderMatcher.match(List.of("N° de téléphone", "N° de référence")).columns())
                .containsOnlyKeys(ImportField.PHONE, ImportField.EXTERNAL_REF);
    }

    @Test
    void reportsUnknownColumnsAndIgnoresEmptyHeadings() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("nom", "Observations", "", "ethnie"));

        assertThat(mapping.unknown()).containsExactly(new HeaderColumn(1, "Observations"), new HeaderColumn(3, "ethnie"));
        assertThat(mapping.problems(List.of())).extracting(ImportError::code, ImportError::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.header.unknown", List.of("Observations", "B")),
                org.assertj.core.groups.Tuple.tuple("import.header.unknown", List.of("ethnie", "D")));
    }

    @Test
    void reportsADuplicateColumnAndKeepsTheLeftmost() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("Nom", "Prénom", "nom", "given names"));

        assertThat(mapping.column(ImportField.FAMILY_NAME)).contains(new HeaderColumn(0, "Nom"));
        assertThat(mapping.column(ImportField.GIVEN_NAMES)).contains(new HeaderColumn(1, "Prénom"));
        assertThat(mapping.duplicates()).containsExactly(new HeaderColumn(2, "nom"), new HeaderColumn(3, "given names"));
    }

    @Test
    void reportsRequiredFieldsNoColumnProvides() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("nom", "sexe"));

        assertThat(mapping.missing(EnumSet.of(ImportField.FAMILY_NAME, ImportField.ARRIVAL_DATE)))
                .containsExactly(ImportField.ARRIVAL_DATE);
    }

    @Test
    void givesAFieldsCellWithoutSurroundingSpacesAndBlankAsAbsent() {
        HeaderMapping mapping = HeaderMatcher.match(List.of("nom", "prenoms", "sexe"));
        TabularRow row = new TabularRow(2, List.of("  Koné ", "   "), List.of());

        assertThat(mapping.text(row, ImportField.FAMILY_NAME)).contains("Koné");
        assertThat(mapping.text(row, ImportField.GIVEN_NAMES)).isEmpty();
        assertThat(mapping.text(row, ImportField.SEX)).isEmpty();
        assertThat(mapping.text(row, ImportField.PHONE)).isEmpty();
    }

    @Test
    void givesNoHeadingToTwoFields() {
        Map<String, ImportField> seen = new HashMap<>();
        for (ImportField field : ImportField.values()) {
            for (String heading : field.headings()) {
                ImportField other = seen.put(HeaderMatcher.normalise(heading), field);
                assertThat(other).as(heading).isIn(null, field);
            }
        }
    }
}
