package org.sira.tabular;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetErrorsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"#N/A", " #n/a ", "#DIV/0!", "#VALUE!", "#VALEUR!", "#REF!", "#NAME?", "#NOM?", "#NUM!",
            "#NOMBRE!", "#NULL!", "#NUL!", "#SPILL!", "Err:502", "#PROPAGATION!", "#CHAMP!", "#BLOQUÉ!", "#INCONNU!", "#N/D",
            "#¡VALOR!", "#NOMBRE?", "#NV", "#WERT!"})
    void aFailedFormulaIsNoValue(String cell) {
        assertThat(SpreadsheetErrors.isError(cell)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "N/A", "NA", "#12", "#ML-1044", "#hashtag", "Err", "12:30", "2019-01-01", "ref #N/A 2", "Diarra", "#NAB"})
    void valuesThatMerelyLookLikeOneAreValues(String cell) {
        assertThat(SpreadsheetErrors.isError(cell)).isFalse();
    }
}
