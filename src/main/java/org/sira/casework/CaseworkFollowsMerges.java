package org.sira.casework;

import org.sira.people.PersonMerge;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Referrals and follow-ups of a merged person move to the kept one, and back when the merge is undone. */
@Component
class CaseworkFollowsMerges {

    private final PersonMerge merges;

    CaseworkFollowsMerges(PersonMerge merges) {
        this.merges = merges;
    }

    @EventListener
    void merged(PersonsMerged event) {
        merges.moveRecords(event, "referral", "REFERRAL");
        merges.moveRecords(event, "follow_up", "FOLLOW_UP");
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        merges.moveRecordsBack(event, "referral", "REFERRAL");
        merges.moveRecordsBack(event, "follow_up", "FOLLOW_UP");
    }
}
