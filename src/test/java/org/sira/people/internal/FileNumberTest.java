package org.sira.people.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNumberTest {

    @ParameterizedTest
    @CsvSource({"2026, 1, SIR-2026-000001", "2026, 123, SIR-2026-000123", "2019, 999999, SIR-2019-999999",
            "2031, 1234567, SIR-2031-1234567"})
    void sixDigitsAtLeastAfterTheYear(int year, long value, String expected) {
        assertThat(FileNumbers.format(year, value)).isEqualTo(expected);
    }
}
