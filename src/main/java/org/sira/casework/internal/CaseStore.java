package org.sira.casework.internal;

import org.sira.casework.Cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.casework.internal.CaseStatus;
import org.sira.casework.CaseView;
import org.sira.casework.Need;
import org.sira.casework.internal.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their needs assessments. The database keeps one case not closed per person. */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a case; refused by the database (a {@code DuplicateKeyException}) when the person has one not closed. */
    public void insert(UUID id, UUID personId, String caseworker, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO casework_case (id, person_id, open_person_id, caseworker, status, opened_at, opened_by,
                    updated_at, updated_by, version)
                VALUES (:id, :person, :person, :caseworker, 'OPEN', :at, :by, :at, :by, 0)""")
                .param("id", id).param("person", personId).param("caseworker", caseworker).param("at", at).param("by", by)
                .update();
    }

    /** The state of a case after a change. */
    public record CaseChange(CaseStatus status, String caseworker, String closureReason, String closureRequestedBy,
                             String closureApprovedBy) {
    }

    /** Saves a change; false if someone changed the case first. A closed case frees the person for a new one. */
    public boolean save(UUID id, int expectedVersion, CaseChange change, OffsetDateTime at, String by) {
        boolean closed = change.status() == CaseStatus.CLOSED;
        return jdbc.sql("UPDATE casework_case SET status = :status, caseworker = :caseworker, closure_reason = :reason,"
                        + " closure_requested_by = :requestedBy, closure_approved_by = :approvedBy,"
                        + (closed ? " open_person_id = NULL, closed_at = :at," : "")
                        + " updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", change.status().name()).param("caseworker", change.caseworker())
                .param("reason", change.closureReason()).param("requestedBy", change.closureRequestedBy())
                .param("approvedBy", change.closureApprovedBy()).param("at", at).param("by", by).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    /**
     * After a merge moved the merged person's cases: her case not closed becomes the kept person's
     * open one, unless the kept person has one already (then both stay, for a coordinator to close one).
     */
    public void keepOpenAfterMerge(UUID mergedId, UUID keptId) {
        jdbc.sql("UPDATE casework_case SET open_person_id = :kept WHERE open_person_id = :merged"
                        + " AND NOT EXISTS (SELECT 1 FROM casework_case k WHERE k.open_person_id = :kept)")
                .param("kept", keptId).param("merged", mergedId).update();
    }

    /** Undoing a merge: the moved cases still open are the merged person's open ones again. */
    public void reopenAfterUnmerge(String noteTable, String recordType, UUID mergeId, UUID mergedId) {
        jdbc.sql("UPDATE casework_case SET open_person_id = :merged WHERE open_person_id IS NOT NULL AND id IN "
                        + "(SELECT record_id FROM " + noteTable + " WHERE merge_id = :m AND record_type = :type)")
                .param("merged", mergedId).param("m", mergeId).param("type", recordType).update();
    }

    /** One need as assessed. */
    public record NeedRow(Need need, Priority priority, String note) {
    }

    /** The needs assessment now replaces the one before. */
    public void replaceNeeds(UUID caseId, List<NeedRow> needs, OffsetDateTime at, String by) {
        jdbc.sql("DELETE FROM case_need WHERE case_id = :id").param("id", caseId).update();
        for (NeedRow n : needs) {
            jdbc.sql("""
                    INSERT INTO case_need (case_id, need, priority, note, assessed_at, assessed_by)
                    VALUES (:id, :need, :priority, :note, :at, :by)""")
                    .param("id", caseId).param("need", n.need().name()).param("priority", n.priority().name())
                    .param("note", n.note()).param("at", at).param("by", by).update();
        }
    }

    public Optional<CaseView> find(UUID id) {
        return select("WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** A person's cases, latest first. */
    public List<CaseView> ofPerson(UUID personId) {
        return select("WHERE person_id = :person", Map.of("person", personId));
    }

    private List<CaseView> select(String where, Map<String, Object> params) {
        List<CaseView> cases = jdbc.sql("SELECT * FROM casework_case " + where + " ORDER BY opened_at DESC, id")
                .params(params).query(CaseStore::caseView).list();
        if (cases.isEmpty()) {
            return cases;
        }
        Map<UUID, List<CaseView.AssessedNeed>> needs = new HashMap<>();
        jdbc.sql("SELECT * FROM case_need WHERE case_id IN (:ids)")
                .param("ids", cases.stream().map(CaseView::id).toList())
                .query(rs -> {
                    needs.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new CaseView.AssessedNeed(Need.valueOf(rs.getString("need")), Priority.valueOf(rs.getString("priority")),
                                    rs.getString("note"), rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("assessed_by")));
                });
        return cases.stream().map(c -> new CaseView(c.id(), c.personId(), c.caseworker(), c.status(), c.closureReason(),
                c.closureRequestedBy(), c.closureApprovedBy(), c.closedAt(), c.openedAt(), c.openedBy(), c.version(),
                needs.getOrDefault(c.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(CaseView.AssessedNeed::priority).thenComparing(CaseView.AssessedNeed::need))
                        .toList())).toList();
    }

    private static CaseView caseView(ResultSet rs, int row) throws SQLException {
        return new CaseView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("caseworker"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("closure_reason"), rs.getString("closure_requested_by"),
                rs.getString("closure_approved_by"), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getString("opened_by"), rs.getInt("version"), List.of());
    }
}
