package org.sira.shelter.internal;

import java.util.Map;

import org.sira.shared.ConflictException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.AdjustmentReason;

/**
 * How much a balance changes for an adjustment. A loss, an expiry or damage takes out what is
 * said, never more than is there (a conflict saying what is available: the balance never goes
 * below zero, silently or not); a count sets the balance to what was counted, up or down.
 */
public record StockAdjustment(AdjustmentReason reason, long change) {

    public static StockAdjustment of(AdjustmentReason reason, Integer quantity, Long countedBalance, long balance, String item) {
        if (reason == AdjustmentReason.COUNT_CORRECTION) {
            if (countedBalance == null) {
                throw InvalidInputException.of("countedBalance", "shelter.stock.counted-required");
            }
            if (countedBalance == balance) {
                throw RefusedInputException.of("countedBalance", "shelter.stock.count-matches", balance);
            }
            return new StockAdjustment(reason, countedBalance - balance);
        }
        if (quantity == null || quantity <= 0) {
            throw InvalidInputException.of("quantity", "validation.Positive");
        }
        if (quantity > balance) {
            throw new ConflictException(Map.of("available", balance, "needed", (long) quantity),
                    "shelter.stock.adjust-short", item, balance, quantity);
        }
        return new StockAdjustment(reason, -quantity.longValue());
    }
}
