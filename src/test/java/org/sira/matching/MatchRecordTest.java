package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MatchRecordTest {

    @Test
    void refusesARecordWithoutAnyName() {
        assertThatThrownBy(() -> MatchRecord.builder("x").name(" ", null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnknownDatePrecision() {
        assertThatThrownBy(() -> MatchRecord.builder("x").name("Traoré", "Awa").born(LocalDate.of(1990, 1, 1), "DECADE").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsFirstOfJanuaryAsAYearOnlyDate() {
        MatchRecord typedAsDay = MatchRecord.builder("x").name("Traoré", "Awa").born(LocalDate.of(1990, 1, 1), "DAY").build();

        assertThat(RecordPreparation.precisionOf(typedAsDay)).isEqualTo(PreparedRecord.YEAR);
    }

    @Test
    void readsAMalianPhoneNumberWhateverThePrefix() {
        assertThat(RecordPreparation.phoneNumber("+223 76 12 34 56")).isEqualTo(RecordPreparation.phoneNumber("76123456"))
                .isEqualTo(RecordPreparation.phoneNumber("00223-76-12-34-56"));
        assertThat(RecordPreparation.phoneNumber("1234")).isEqualTo(-1);
    }
}
