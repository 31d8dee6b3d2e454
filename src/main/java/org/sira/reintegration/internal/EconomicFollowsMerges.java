package org.sira.reintegration.internal;

import java.util.Map;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Work history, trainings and businesses of a merged person move to the kept one, and back when the merge is undone. */
@Component
class EconomicFollowsMerges {

    /** Table → record type noted in reintegration_merge_move. */
    private static final Map<String, String> TABLES = Map.of(
            "reintegration_work_history", "WORK_EXPERIENCE",
            "reintegration_training", "TRAINING",
            "reintegration_business", "BUSINESS",
            "reintegration_grant", "GRANT",
            "reintegration_business_status", "BUSINESS_STATUS");

    private final MergeMoves moves;

    EconomicFollowsMerges(MergeMoves moves) {
        this.moves = moves;
    }

    @EventListener
    void merged(PersonsMerged event) {
        TABLES.forEach((table, type) -> moves.move("reintegration_merge_move", table, type, event.mergeId(), event.mergedId(),
                event.keptId()));
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        TABLES.forEach((table, type) -> moves.moveBack("reintegration_merge_move", table, type, event.mergeId(), event.mergedId()));
    }
}
