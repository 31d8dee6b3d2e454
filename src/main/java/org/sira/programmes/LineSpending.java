package org.sira.programmes;

import java.util.UUID;

/**
 * A budget line against what was charged to it: stock bought (receipts at their unit cost), cash
 * handed out and business grants, {@code grantsXof} being the grants' part of {@code spentXof};
 * the distinct persons reached by the assistance, cash and grants charged to it.
 */
public record LineSpending(UUID lineId, String name, long budgetXof, long spentXof, long grantsXof, long peopleReached) {

    public long leftXof() {
        return budgetXof - spentXof;
    }

    public boolean overspent() {
        return spentXof > budgetXof;
    }
}
