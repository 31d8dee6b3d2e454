package org.sira.reintegration;

import org.sira.people.PersonMerge;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The assessments of a merged person move to the kept one, so her scores over time are whole, and back when the merge is undone. */
@Component
class AssessmentsFollowMerges {

    private final PersonMerge merges;

    AssessmentsFollowMerges(PersonMerge merges) {
        this.merges = merges;
    }

    @EventListener
    void merged(PersonsMerged event) {
        merges.moveRecords(event, "reintegration_assessment", "REINTEGRATION_ASSESSMENT");
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        merges.moveRecordsBack(event, "reintegration_assessment", "REINTEGRATION_ASSESSMENT");
    }
}
