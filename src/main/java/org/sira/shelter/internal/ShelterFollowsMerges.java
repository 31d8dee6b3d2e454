package org.sira.shelter.internal;

import org.sira.shelter.Stays;

import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.shared.jdbc.MergeMoves;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stays, assistance and cash of a merged person move to the kept one, and back when the merge is
 * undone. An open stay keeps holding its person's key ({@code open_person_id}) under the kept
 * person only when the kept person has no open stay of their own: two records of one person
 * sleeping in two beds is for the manager to sort out on the board, not for a merge to refuse.
 */
@Component
public class ShelterFollowsMerges {

    private final MergeMoves moves;
    private final JdbcClient jdbc;

    ShelterFollowsMerges(MergeMoves moves, JdbcClient jdbc) {
        this.moves = moves;
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(PersonsMerged event) {
        moves.move("shelter_merge_move", "shelter_stay", "SHELTER_STAY", event.mergeId(), event.mergedId(), event.keptId());
        moves.move("shelter_merge_move", "shelter_assistance", "SHELTER_ASSISTANCE", event.mergeId(), event.mergedId(),
                event.keptId());
        moves.move("shelter_merge_move", "shelter_cash_assistance", "SHELTER_CASH", event.mergeId(), event.mergedId(),
                event.keptId());
        jdbc.sql("""
                        UPDATE shelter_stay SET open_person_id = :kept WHERE open_person_id = :merged
                        AND NOT EXISTS (SELECT 1 FROM shelter_stay other WHERE other.open_person_id = :kept)""")
                .param("kept", event.keptId()).param("merged", event.mergedId()).update();
    }

    @EventListener
    void unmerged(PersonsUnmerged event) {
        moves.moveBack("shelter_merge_move", "shelter_stay", "SHELTER_STAY", event.mergeId(), event.mergedId());
        moves.moveBack("shelter_merge_move", "shelter_assistance", "SHELTER_ASSISTANCE", event.mergeId(), event.mergedId());
        moves.moveBack("shelter_merge_move", "shelter_cash_assistance", "SHELTER_CASH", event.mergeId(), event.mergedId());
        jdbc.sql("UPDATE shelter_stay SET open_person_id = person_id WHERE open_person_id IS NOT NULL AND person_id = :merged")
                .param("merged", event.mergedId()).update();
    }
}
