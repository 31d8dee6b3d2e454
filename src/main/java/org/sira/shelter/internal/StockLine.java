package org.sira.shelter.internal;

/** The balance of one item in a centre; {@code low} at or below the threshold, when the next convoy may find none. */
public record StockLine(String item, long balance, int lowThreshold, boolean low) {

    public static StockLine of(String item, long balance, int lowThreshold) {
        return new StockLine(item, balance, lowThreshold, balance <= lowThreshold);
    }
}
