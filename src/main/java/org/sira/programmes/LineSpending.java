package org.sira.programmes;

import java.util.UUID;

/** A budget line against what was charged to it: stock bought (receipts at their unit cost); people reached by assistance charged to it. */
public record LineSpending(UUID lineId, String name, long budgetXof, long spentXof, long peopleReached) {

    public long leftXof() {
        return budgetXof - spentXof;
    }

    public boolean overspent() {
        return spentXof > budgetXof;
    }
}
