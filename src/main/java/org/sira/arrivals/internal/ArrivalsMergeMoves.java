package org.sira.arrivals.internal;

import java.util.UUID;

import org.springframework.stereotype.Repository;

/**
 * Arrivals' rows that follow a person when two records are merged: moved to the kept record and
 * noted under the merge, so that undoing it moves back exactly those, even after a later merge.
 */
@Repository
public class ArrivalsMergeMoves {

    /** The tables of arrivals whose rows name a person, and how their moves are noted. */
    private enum Moved {
        RETURN("person_return"), MANIFEST_ROW("manifest_row");

        private final String table;

        Moved(String table) {
            this.table = table;
        }
    }

    private final org.sira.shared.jdbc.MergeMoves moves;

    ArrivalsMergeMoves(org.sira.shared.jdbc.MergeMoves moves) {
        this.moves = moves;
    }

    public void move(UUID mergeId, UUID mergedId, UUID keptId) {
        for (Moved moved : Moved.values()) {
            moves.move("arrivals_merge_move", moved.table, moved.name(), mergeId, mergedId, keptId);
        }
    }

    public void moveBack(UUID mergeId, UUID mergedId) {
        for (Moved moved : Moved.values()) {
            moves.moveBack("arrivals_merge_move", moved.table, moved.name(), mergeId, mergedId);
        }
    }
}
