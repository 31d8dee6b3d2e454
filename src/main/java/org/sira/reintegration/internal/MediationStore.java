package org.sira.reintegration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.reintegration.MediationKind;
import org.sira.reintegration.MediationOutcome;
import org.sira.reintegration.MediationStatus;
import org.sira.reintegration.MediationView;
import org.sira.reintegration.PartyRelation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mediation cases, their parties and their sessions. */
@Repository
public class MediationStore {

    private final JdbcClient jdbc;

    MediationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new case, as first written. */
    public record NewCase(UUID id, UUID personId, MediationKind kind, LocalDate openedOn, String reason, String requestKey) {
    }

    public void insert(NewCase c, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO mediation_case (id, person_id, kind, opened_on, reason, status, request_key,
                    created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :person, :kind, :on, :reason, 'OPEN', :key, :at, :by, :at, :by, 0)""")
                .param("id", c.id()).param("person", c.personId()).param("kind", c.kind().name()).param("on", c.openedOn())
                .param("reason", c.reason()).param("key", c.requestKey()).param("at", at).param("by", by).update();
    }

    /** A party, after those already there. */
    public void addParty(UUID caseId, String name, PartyRelation relation, String village, OffsetDateTime at, String by) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM mediation_party WHERE case_id = :id")
                .param("id", caseId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO mediation_party (id, case_id, position, name, relation, village, created_at, created_by)
                VALUES (:id, :case, :position, :name, :relation, :village, :at, :by)""")
                .param("id", org.sira.shared.Ids.newId()).param("case", caseId).param("position", position).param("name", name)
                .param("relation", relation.name()).param("village", village).param("at", at).param("by", by).update();
    }

    /** A session held, as first written. */
    public record NewSession(UUID id, UUID caseId, LocalDate date, String mediator, String summary, String requestKey) {
    }

    public void addSession(NewSession s, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO mediation_session (id, case_id, held_on, mediator, summary, request_key, created_at, created_by)
                VALUES (:id, :case, :on, :mediator, :summary, :key, :at, :by)""")
                .param("id", s.id()).param("case", s.caseId()).param("on", s.date()).param("mediator", s.mediator())
                .param("summary", s.summary()).param("key", s.requestKey()).param("at", at).param("by", by).update();
    }

    /**
     * Notes a change to a case still open, holding its row until the change commits: a closing at
     * the same moment waits, then finds a newer version. False when the case is closed (or gone).
     */
    public boolean changeOpen(UUID id, OffsetDateTime at, String by) {
        return jdbc.sql("UPDATE mediation_case SET version = version + 1, updated_at = :at, updated_by = :by"
                        + " WHERE id = :id AND status = 'OPEN'")
                .param("at", at).param("by", by).param("id", id).update() == 1;
    }

    /** Closes the case; false when someone changed it since {@code expectedVersion}. */
    public boolean close(UUID id, int expectedVersion, MediationOutcome outcome, LocalDate on, OffsetDateTime at, String by) {
        return jdbc.sql("""
                UPDATE mediation_case SET status = 'CLOSED', outcome = :outcome, closed_on = :on, updated_at = :at,
                    updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("outcome", outcome.name()).param("on", on).param("at", at).param("by", by).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    public Optional<MediationView> find(UUID id) {
        return select("WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The person of a case, for checking who may see it before reading the rest. */
    public Optional<UUID> personOf(UUID id) {
        return jdbc.sql("SELECT person_id FROM mediation_case WHERE id = :id").param("id", id).query(UUID.class).optional();
    }

    /** A person's cases, the latest opened first. */
    public List<MediationView> ofPerson(UUID personId) {
        return select("WHERE person_id = :person", Map.of("person", personId));
    }

    private List<MediationView> select(String where, Map<String, Object> params) {
        List<MediationView> cases = jdbc.sql("SELECT * FROM mediation_case " + where + " ORDER BY opened_on DESC, created_at DESC, id")
                .params(params).query(MediationStore::bare).list();
        if (cases.isEmpty()) {
            return cases;
        }
        List<UUID> ids = cases.stream().map(MediationView::id).toList();
        Map<UUID, List<MediationView.Party>> parties = new HashMap<>();
        jdbc.sql("SELECT * FROM mediation_party WHERE case_id IN (:ids) ORDER BY position").param("ids", ids)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new MediationView.Party(rs.getObject("id", UUID.class), rs.getString("name"),
                                    PartyRelation.valueOf(rs.getString("relation")), rs.getString("village")));
                });
        Map<UUID, List<MediationView.Session>> sessions = new HashMap<>();
        jdbc.sql("SELECT * FROM mediation_session WHERE case_id IN (:ids) ORDER BY held_on, created_at, id").param("ids", ids)
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new MediationView.Session(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                                    rs.getString("mediator"), rs.getString("summary"),
                                    rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")));
                });
        return cases.stream().map(c -> new MediationView(c.id(), c.personId(), c.kind(), c.openedOn(), c.reason(), c.status(),
                c.outcome(), c.closedOn(), parties.getOrDefault(c.id(), List.of()), sessions.getOrDefault(c.id(), List.of()),
                c.createdAt(), c.createdBy(), c.version())).toList();
    }

    private static MediationView bare(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new MediationView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                MediationKind.valueOf(rs.getString("kind")), rs.getObject("opened_on", LocalDate.class), rs.getString("reason"),
                MediationStatus.valueOf(rs.getString("status")), outcome == null ? null : MediationOutcome.valueOf(outcome),
                rs.getObject("closed_on", LocalDate.class), List.of(), List.of(), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getInt("version"));
    }
}
