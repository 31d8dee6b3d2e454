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
}
