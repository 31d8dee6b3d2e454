package org.sira.casework.internal;

import org.sira.casework.Referrals;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Referrals and follow-ups of a merged person move to the kept one, and back when the merge is undone. */
@Component
public class CaseworkFollowsMerges {

    private final MergeMoves moves;

    CaseworkFollowsMerges(MergeMoves moves) {
        this.moves = moves;
    }

    @EventListener
    void merged(PersonsMerged event) {
        moves.move("casework_merge_move", "referral", "REFERRAL", event.mergeId(), event.mergedId(), event.keptId());
        moves.move("casework_merge_move", "follow_up", "FOLLOW_UP", event.mergeId(), event.mergedId(), event.keptId());
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack("casework_merge_move", "referral", "REFERRAL", event.mergeId(), event.mergedId());
        moves.moveBack("casework_merge_move", "follow_up", "FOLLOW_UP", event.mergeId(), event.mergedId());
    }
}
