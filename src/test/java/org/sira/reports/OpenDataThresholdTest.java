package org.sira.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenDataThresholdTest {

    @Test
    void aThresholdUnderFiveIsRefusedAtStart() {
        assertThatThrownBy(() -> new OpenDataExport(null, null, null, 4))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("upward only");
    }

    @Test
    void aThresholdMayBeRaised() {
        assertThat(new OpenDataExport(null, null, null, 10).threshold()).isEqualTo(10);
    }

    @Test
    void agesFallInTheBandsOfTheContract() {
        assertThat(new Integer[] {null, -1, 0, 17, 18, 24, 25, 34, 35, 44, 45, 90})
                .extracting(OpenDataDimension::ageBand)
                .containsExactly("unknown", "unknown", "0-17", "0-17", "18-24", "18-24", "25-34", "25-34", "35-44", "35-44", "45+", "45+");
    }
}
