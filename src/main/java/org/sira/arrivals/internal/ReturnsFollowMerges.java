package org.sira.arrivals.internal;

import org.sira.arrivals.internal.ArrivalsMergeMoves;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The returns and manifest rows of a merged person move to the kept one, and back when the merge
 * is undone. Synchronous, in the merge's transaction: if a move fails, the merge does not happen.
 */
@Component
public class ReturnsFollowMerges {

    private final ArrivalsMergeMoves moves;
    private final ReturnMonths months;

    ReturnsFollowMerges(ArrivalsMergeMoves moves, ReturnMonths months) {
        this.moves = moves;
        this.months = months;
    }

    @EventListener
    void merged(PersonsMerged event) {
        moves.move(event.mergeId(), event.mergedId(), event.keptId());
        months.changedForPersons(java.util.List.of(event.mergedId(), event.keptId()));
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack(event.mergeId(), event.mergedId());
        months.changedForPersons(java.util.List.of(event.mergedId(), event.keptId()));
    }
}
