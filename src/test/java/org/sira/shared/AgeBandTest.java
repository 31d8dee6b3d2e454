package org.sira.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBandTest {

    @Test
    void theAgeIsInFullYearsOnTheDayOfArrival() {
        LocalDate birth = LocalDate.of(2000, 6, 1);
        assertThat(AgeBand.at(birth, LocalDate.of(2018, 5, 31))).isEqualTo(AgeBand.MINOR);
        assertThat(AgeBand.at(birth, LocalDate.of(2018, 6, 1))).isEqualTo(AgeBand.AGE_18_24);
        assertThat(AgeBand.at(birth, LocalDate.of(2045, 6, 1))).isEqualTo(AgeBand.AGE_45_PLUS);
        assertThat(AgeBand.at(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 2, 28))).isEqualTo(AgeBand.MINOR);
    }

    @Test
    void noDateOfBirthIsTheUnknownBand() {
        assertThat(AgeBand.at(null, LocalDate.of(2018, 5, 31))).isEqualTo(AgeBand.UNKNOWN);
    }

    @Test
    void theLabelsAreApiV1s() {
        assertThat(java.util.Arrays.stream(AgeBand.values()).map(AgeBand::label))
                .containsExactly("0-17", "18-24", "25-34", "35-44", "45+", "unknown");
    }

    @Test
    void agesFallInTheBandsOfTheContract() {
        assertThat(new Integer[] {null, -1, 0, 17, 18, 24, 25, 34, 35, 44, 45, 90})
                .extracting(age -> AgeBand.of(age).label())
                .containsExactly("unknown", "unknown", "0-17", "0-17", "18-24", "18-24", "25-34", "25-34", "35-44", "35-44", "45+", "45+");
    }
}
