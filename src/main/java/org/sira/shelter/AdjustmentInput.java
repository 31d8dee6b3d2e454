package org.sira.shelter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A change of a balance with its reason: {@code quantity} written off for a loss, an expiry or
 * damage; {@code countedBalance}, what a count found on the shelves, for a count correction.
 */
public record AdjustmentInput(@NotNull @Size(max = 30) String item, @NotNull AdjustmentReason reason,
                              @Positive @Max(10_000_000) Integer quantity, @PositiveOrZero @Max(10_000_000) Long countedBalance,
                              @Size(max = 200) String note) {
}
