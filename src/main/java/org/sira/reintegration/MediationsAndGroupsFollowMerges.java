package org.sira.reintegration;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mediations and group memberships of a merged person move to the kept one (their parties,
 * sessions and attendance follow, being theirs), and back when the merge is undone.
 */
@Component
class MediationsAndGroupsFollowMerges {

    private static final String NOTES = "reintegration_merge_move";

    private final MergeMoves moves;

    MediationsAndGroupsFollowMerges(MergeMoves moves) {
        this.moves = moves;
    }

    @EventListener
    void merged(PersonsMerged event) {
        moves.move(NOTES, "mediation_case", "MEDIATION_CASE", event.mergeId(), event.mergedId(), event.keptId());
        moves.move(NOTES, "support_group_member", "SUPPORT_GROUP_MEMBER", event.mergeId(), event.mergedId(), event.keptId());
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack(NOTES, "mediation_case", "MEDIATION_CASE", event.mergeId(), event.mergedId());
        moves.moveBack(NOTES, "support_group_member", "SUPPORT_GROUP_MEMBER", event.mergeId(), event.mergedId());
    }
}
