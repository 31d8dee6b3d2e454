package org.sira.arrivals;

import org.sira.people.PersonMerge;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The returns and manifest rows of a merged person move to the kept one, and back when the merge is undone. */
@Component
class ReturnsFollowMerges {

    private final PersonMerge merges;

    ReturnsFollowMerges(PersonMerge merges) {
        this.merges = merges;
    }

    @EventListener
    void merged(PersonsMerged event) {
        merges.moveRecords(event, "person_return", "RETURN");
        merges.moveRecords(event, "manifest_row", "MANIFEST_ROW");
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        merges.moveRecordsBack(event, "person_return", "RETURN");
        merges.moveRecordsBack(event, "manifest_row", "MANIFEST_ROW");
    }
}
