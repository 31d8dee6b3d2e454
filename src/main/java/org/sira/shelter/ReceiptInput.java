package org.sira.shelter;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Items received into a centre's stock, from a donor or a purchase, with what one of them cost. */
public record ReceiptInput(@NotNull @Size(max = 30) String item, @NotNull @Positive @Max(10_000_000) Integer quantity,
                           @PositiveOrZero @Max(1_000_000_000) Long unitCostXof, UUID projectLineId) {
}
