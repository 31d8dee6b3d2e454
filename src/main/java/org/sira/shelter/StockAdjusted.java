package org.sira.shelter;

import java.util.UUID;

/** An adjustment recorded and the balance it left; {@code repeated} when the same request had already been recorded. */
public record StockAdjusted(UUID id, String item, AdjustmentReason reason, long change, long balance, boolean repeated) {
}
