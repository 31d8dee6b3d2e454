package org.sira.shared.jdbc;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves a module's rows that name a person when two records are merged, noting each moved row under
 * the merge in the module's own table ({@code merge_id, record_type, record_id}), so that undoing the
 * merge moves back exactly those, even after a later merge. Each module calls it from its own
 * listener, in the merge's transaction, with its own tables: no module touches another's.
 */
@Component
public class MergeMoves {

    private final JdbcClient jdbc;

    MergeMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Table names are the module's constants, never user input. */
    public void move(String noteTable, String table, String recordType, UUID mergeId, UUID mergedId, UUID keptId) {
        jdbc.sql("INSERT INTO " + noteTable + " (merge_id, record_type, record_id) SELECT :m, :type, id FROM " + table
                        + " WHERE person_id = :merged")
                .param("m", mergeId).param("type", recordType).param("merged", mergedId).update();
        jdbc.sql("UPDATE " + table + " SET person_id = :kept WHERE person_id = :merged")
                .param("kept", keptId).param("merged", mergedId).update();
    }

    public void moveBack(String noteTable, String table, String recordType, UUID mergeId, UUID mergedId) {
        jdbc.sql("UPDATE " + table + " SET person_id = :merged WHERE id IN "
                        + "(SELECT record_id FROM " + noteTable + " WHERE merge_id = :m AND record_type = :type)")
                .param("merged", mergedId).param("m", mergeId).param("type", recordType).update();
    }
}
