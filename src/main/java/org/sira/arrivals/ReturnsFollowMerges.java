package org.sira.arrivals;

import java.util.List;
import java.util.UUID;

import org.sira.people.PersonMerge;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The returns and manifest rows of a merged person move to the kept one, and back when the merge is undone. */
@Component
class ReturnsFollowMerges {

    private static final String RETURN = "RETURN";
    private static final String MANIFEST_ROW = "MANIFEST_ROW";

    private final JdbcClient jdbc;
    private final PersonMerge merges;

    ReturnsFollowMerges(JdbcClient jdbc, PersonMerge merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    @EventListener
    void merged(PersonsMerged event) {
        move(event, "person_return", RETURN);
        move(event, "manifest_row", MANIFEST_ROW);
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        for (String[] table : new String[][] {{"person_return", RETURN}, {"manifest_row", MANIFEST_ROW}}) {
            List<UUID> moved = merges.moved(event.mergeId(), table[1]);
            if (!moved.isEmpty()) {
                jdbc.sql("UPDATE " + table[0] + " SET person_id = :merged WHERE id IN (:ids)")
                        .param("merged", event.mergedId()).param("ids", moved).update();
            }
        }
    }

    private void move(PersonsMerged event, String table, String type) {
        List<UUID> ids = jdbc.sql("SELECT id FROM " + table + " WHERE person_id = :merged").param("merged", event.mergedId())
                .query(UUID.class).list();
        ids.forEach(id -> merges.noteMoved(event.mergeId(), type, id));
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE " + table + " SET person_id = :kept WHERE id IN (:ids)")
                    .param("kept", event.keptId()).param("ids", ids).update();
        }
    }
}
