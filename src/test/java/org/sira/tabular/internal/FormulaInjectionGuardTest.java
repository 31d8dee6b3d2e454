package org.sira.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaInjectionGuardTest {

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+22376123456", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void quotesACellThatASpreadsheetWouldTakeForAFormula(String cell) {
        assertThat(FormulaInjectionGuard.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Koné", "76 12 34 56", "a=b", "", " =1", "'déjà"})
    void leavesOtherCellsAlone(String cell) {
        assertThat(FormulaInjectionGuard.neutralise(cell)).isEqualTo(cell);
    }
}
