package org.sira.arrivals.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Arrivals' rows that follow a person when two records are merged: moved to the kept record and
 * noted under the merge, so that undoing it moves back exactly those, even after a later merge.
 */
@Repository
public class MergeMoves {

    /** The tables of arrivals whose rows name a person, and how their moves are noted. */
    private enum Moved {
        RETURN("person_return"), MANIFEST_ROW("manifest_row");

        private final String table;

        Moved(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    MergeMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void move(UUID mergeId, UUID mergedId, UUID keptId) {
        for (Moved moved : Moved.values()) {
            jdbc.sql("INSERT INTO arrivals_merge_move (merge_id, record_type, record_id) SELECT :m, :type, id FROM "
                            + moved.table + " WHERE person_id = :merged")
                    .param("m", mergeId).param("type", moved.name()).param("merged", mergedId).update();
            jdbc.sql("UPDATE " + moved.table + " SET person_id = :kept WHERE person_id = :merged")
                    .param("kept", keptId).param("merged", mergedId).update();
        }
    }

    public void moveBack(UUID mergeId, UUID mergedId) {
        for (Moved moved : Moved.values()) {
            jdbc.sql("UPDATE " + moved.table + " SET person_id = :merged WHERE id IN "
                            + "(SELECT record_id FROM arrivals_merge_move WHERE merge_id = :m AND record_type = :type)")
                    .param("merged", mergedId).param("m", mergeId).param("type", moved.name()).update();
        }
    }
}
