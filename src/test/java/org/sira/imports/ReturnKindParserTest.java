package org.sira.imports;

import org.sira.imports.internal.ReturnKindParser;
import org.sira.tabular.Parsed;

import org.sira.arrivals.ReturnKind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnKindParserTest {

    private final ReturnKindParser parser = new ReturnKindParser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "FORCED_REMOVAL|FORCED_REMOVAL", "BORDER_REJECTION|BORDER_REJECTION",
            "ASSISTED_VOLUNTARY|ASSISTED_VOLUNTARY", "SPONTANEOUS_VOLUNTARY|SPONTANEOUS_VOLUNTARY",
            "forced_removal|FORCED_REMOVAL",
            "expulsion|FORCED_REMOVAL", "Expulsé|FORCED_REMOVAL", "expulsée|FORCED_REMOVAL", "EXPULSES|FORCED_REMOVAL",
            "refoulement|BORDER_REJECTION", "Refoulé|BORDER_REJECTION", "refoulées|BORDER_REJECTION",
            "retour volontaire assisté|ASSISTED_VOLUNTARY", "Retour Volontaire Assiste|ASSISTED_VOLUNTARY",
            "retour volontaire spontané|SPONTANEOUS_VOLUNTARY", "retour spontané|SPONTANEOUS_VOLUNTARY"})
    void readsTheApiCodesAndTheFrenchLabels(String cell, ReturnKind kind) {
        assertThat(parser.parse(cell).value()).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"retour volontaire", "volontaire", "autre", "RETURN"})
    void refusesWhatDoesNotSayWhichKindRatherThanGuess(String cell) {
        Parsed<ReturnKind> parsed = parser.parse(cell);

        assertThat(parsed.errorCode()).contains(ReturnKindParser.UNKNOWN);
        assertThat(parsed.arguments()).containsExactly(cell);
    }

    @Test
    void takesABlankCellForNoValue() {
        assertThat(parser.parse(" ").isBlank()).isTrue();
    }
}
