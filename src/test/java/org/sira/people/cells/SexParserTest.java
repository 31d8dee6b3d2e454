package org.sira.people.cells;

import org.sira.tabular.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SexParserTest {

    private final SexParser parser = new SexParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"M", "m", "H", "h", "homme", "Homme", "male", "MALE", "masculin", "Masculin", " M ", "M."})
    void readsTheWaysOfWritingMale(String cell) {
        assertThat(parser.parse(cell).value()).contains("M");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"F", "f", "femme", "female", "Female", "féminin", "Féminin", "FEMININ", "feminin", "Fém."})
    void readsTheWaysOfWritingFemale(String cell) {
        assertThat(parser.parse(cell).value()).contains("F");
    }

    @Test
    void takesABlankCellForNoValue() {
        assertThat(parser.parse("  ").isBlank()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"X", "MF", "inconnu", "1"})
    void refusesAnythingElseWithTheCellInTheError(String cell) {
        Parsed<String> parsed = parser.parse(cell);

        assertThat(parsed.errorCode()).contains(SexParser.UNKNOWN);
        assertThat(parsed.arguments()).containsExactly(cell);
    }
}
