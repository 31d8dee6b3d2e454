package org.sira.shelter;

import java.util.UUID;

/** A receipt recorded, and the balance it brought the item to. */
public record StockReceipt(UUID id, String item, int quantity, Long unitCostXof, long balance) {
}
