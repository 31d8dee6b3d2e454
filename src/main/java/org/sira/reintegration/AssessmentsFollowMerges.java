package org.sira.reintegration;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The assessments of a merged person move to the kept one, so her scores over time are whole, and back when the merge is undone. */
@Component
class AssessmentsFollowMerges {

    private final MergeMoves moves;

    AssessmentsFollowMerges(MergeMoves moves) {
        this.moves = moves;
    }

    @EventListener
    void merged(PersonsMerged event) {
        moves.move("reintegration_merge_move", "reintegration_assessment", "REINTEGRATION_ASSESSMENT", event.mergeId(),
                event.mergedId(), event.keptId());
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack("reintegration_merge_move", "reintegration_assessment", "REINTEGRATION_ASSESSMENT", event.mergeId(),
                event.mergedId());
    }
}
