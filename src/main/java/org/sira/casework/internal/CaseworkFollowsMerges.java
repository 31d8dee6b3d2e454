package org.sira.casework.internal;

import org.sira.casework.Referrals;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Referrals, follow-ups and cases of a merged person move to the kept one, and back when the merge
 * is undone; a case's plan items and services belong to the case and go with it.
 */
@Component
public class CaseworkFollowsMerges {

    private static final String NOTES = "casework_merge_move";

    private final MergeMoves moves;
    private final CaseStore cases;
    private final FollowUpStore followUps;

    CaseworkFollowsMerges(MergeMoves moves, CaseStore cases, FollowUpStore followUps) {
        this.moves = moves;
        this.cases = cases;
        this.followUps = followUps;
    }

    @EventListener
    void merged(PersonsMerged event) {
        // Written out first, the planned follow-ups move as rows and go back with them when the merge is undone.
        followUps.writeOutPlansOf(event.mergedId());
        moves.move(NOTES, "referral", "REFERRAL", event.mergeId(), event.mergedId(), event.keptId());
        moves.move(NOTES, "follow_up", "FOLLOW_UP", event.mergeId(), event.mergedId(), event.keptId());
        moves.move(NOTES, "casework_case", "CASE", event.mergeId(), event.mergedId(), event.keptId());
        cases.keepOpenAfterMerge(event.mergedId(), event.keptId());
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack(NOTES, "referral", "REFERRAL", event.mergeId(), event.mergedId());
        moves.moveBack(NOTES, "follow_up", "FOLLOW_UP", event.mergeId(), event.mergedId());
        moves.moveBack(NOTES, "casework_case", "CASE", event.mergeId(), event.mergedId());
        cases.reopenAfterUnmerge(NOTES, "CASE", event.mergeId(), event.mergedId());
    }
}
