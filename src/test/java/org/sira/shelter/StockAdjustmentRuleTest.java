package org.sira.shelter;

import org.junit.jupiter.api.Test;
import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.StockAdjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How much an adjustment changes a balance, without Spring. */
class StockAdjustmentRuleTest {

    @Test
    void aLossExpiryOrDamageTakesOutWhatIsSaidButNeverMoreThanIsThere() {
        assertThat(StockAdjustment.of(AdjustmentReason.LOST, 3, null, 10, "MEAL").change()).isEqualTo(-3);
        assertThat(StockAdjustment.of(AdjustmentReason.EXPIRED, 10, null, 10, "MEAL").change()).isEqualTo(-10);
        assertThatThrownBy(() -> StockAdjustment.of(AdjustmentReason.DAMAGED, 11, null, 10, "MEAL"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.details()).containsEntry("available", 10L));
        assertThatThrownBy(() -> StockAdjustment.of(AdjustmentReason.LOST, null, 4L, 10, "MEAL")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCountSetsTheBalanceToWhatWasCountedUpOrDownAndRefusesToCorrectNothing() {
        assertThat(StockAdjustment.of(AdjustmentReason.COUNT_CORRECTION, null, 12L, 10, "MEAL").change()).isEqualTo(2);
        assertThat(StockAdjustment.of(AdjustmentReason.COUNT_CORRECTION, null, 0L, 10, "MEAL").change()).isEqualTo(-10);
        assertThatThrownBy(() -> StockAdjustment.of(AdjustmentReason.COUNT_CORRECTION, null, 10L, 10, "MEAL"))
                .isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> StockAdjustment.of(AdjustmentReason.COUNT_CORRECTION, 5, null, 10, "MEAL"))
                .isInstanceOf(InvalidInputException.class);
    }
}
