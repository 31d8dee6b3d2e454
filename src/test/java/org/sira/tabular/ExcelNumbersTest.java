package org.sira.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"76123456, 76123456", "76123456.0, 76123456", "7.6123456E7, 76123456", "2.2376123456E10, 22376123456",
            "0.30000000000000004, 0.3", "1.5, 1.5", "-2, -2", "0, 0", "1E-3, 0.001"})
    void writesNumbersAsExcelShowsThemWithoutTrailingZeros(String stored, String text) {
        assertThat(ExcelNumbers.plain(stored)).isEqualTo(text);
    }

    @Test
    void leavesTextThatIsNoNumberAsItIs() {
        assertThat(ExcelNumbers.plain("abc")).isEqualTo("abc");
    }

    @Test
    void readsDateSerialsInBothDateSystems() {
        assertThat(ExcelNumbers.isoDate("32946", false)).contains("1990-03-14");
        assertThat(ExcelNumbers.isoDate("31484", true)).contains("1990-03-14");
        assertThat(ExcelNumbers.isoDate("-1", false)).isEmpty();
    }
}
