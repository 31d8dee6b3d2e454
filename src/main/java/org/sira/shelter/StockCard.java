package org.sira.shelter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Every movement of one item in one centre, oldest first, each with the balance it left: receipts,
 * issues for assistance and adjustments. {@code items}, {@code total}, {@code page} and
 * {@code size} page it as every list of the API is paged.
 */
public record StockCard(UUID centreId, String item, long balance, int lowThreshold, boolean low, List<Line> items, long total,
                        int page, int size) {

    /** A movement: {@code kind} RECEIPT, ISSUE or ADJUSTMENT, a signed quantity, and the balance after it. */
    public record Line(UUID id, Instant at, String kind, long quantity, String reason, String note, Long unitCostXof,
                       UUID projectLineId, UUID distributionId, String by, long balanceAfter) {

        /** When, as Bamako's clocks (UTC) show it. */
        public String atText() {
            return DateTimeFormatter.ofPattern("dd/MM/yy HH:mm").format(at.atOffset(ZoneOffset.UTC));
        }
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
