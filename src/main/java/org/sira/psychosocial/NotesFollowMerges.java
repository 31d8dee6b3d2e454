package org.sira.psychosocial;

import org.sira.people.PersonMerge;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The notes of a merged person move to the kept one, so the counsellor finds them all, and back when the merge is undone. */
@Component
class NotesFollowMerges {

    private final PersonMerge merges;

    NotesFollowMerges(PersonMerge merges) {
        this.merges = merges;
    }

    @EventListener
    void merged(PersonsMerged event) {
        merges.moveRecords(event, "psychosocial_note", "PSYCHOSOCIAL_NOTE");
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        merges.moveRecordsBack(event, "psychosocial_note", "PSYCHOSOCIAL_NOTE");
    }
}
