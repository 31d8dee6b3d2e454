package org.sira.psychosocial;

import java.util.List;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notes, sessions and screenings of a merged person move to the kept one, so the counsellor
 * finds them all, and back when the merge is undone (their ids are unique across the three tables,
 * so one list of moves serves them all). Synchronous, in the merge's transaction: a failed move
 * undoes the merge.
 */
@Component
class NotesFollowMerges {

    private static final List<String> TABLES = List.of("psychosocial_note", "psychosocial_session", "psychosocial_screening");

    private final JdbcClient jdbc;

    NotesFollowMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PersonsMerged event) {
        for (String table : TABLES) {
            jdbc.sql("INSERT INTO psychosocial_merge_move (merge_id, note_id) SELECT :m, id FROM " + table + " WHERE person_id = :merged")
                    .param("m", event.mergeId()).param("merged", event.mergedId()).update();
            jdbc.sql("UPDATE " + table + " SET person_id = :kept WHERE person_id = :merged")
                    .param("kept", event.keptId()).param("merged", event.mergedId()).update();
        }
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        for (String table : TABLES) {
            jdbc.sql("UPDATE " + table + " SET person_id = :merged WHERE id IN "
                            + "(SELECT note_id FROM psychosocial_merge_move WHERE merge_id = :m)")
                    .param("merged", event.mergedId()).param("m", event.mergeId()).update();
        }
    }
}
