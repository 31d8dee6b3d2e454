package org.sira.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.casework.PlanItemStatus;
import org.sira.casework.PlanItemView;
import org.sira.casework.ServiceKind;
import org.sira.casework.ServiceView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of case plans and the services given within cases. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertItem(PlanItemView i) {
        jdbc.sql("""
                INSERT INTO case_plan_item (id, case_id, goal, action, assignee, partner, due_on, status,
                    created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :case, :goal, :action, :assignee, :partner, :due, :status, :at, :by, :at, :by, 0)""")
                .param("id", i.id()).param("case", i.caseId()).param("goal", i.goal()).param("action", i.action())
                .param("assignee", i.assignee()).param("partner", i.partner()).param("due", i.due())
                .param("status", i.status().name()).param("at", i.createdAt()).param("by", i.createdBy()).update();
    }

    /** Saves a change based on {@code expectedVersion}; false if someone changed the item first. */
    public boolean saveItem(UUID id, int expectedVersion, PlanItemStatus status, String statusNote, LocalDate due,
                            OffsetDateTime at, String by) {
        return jdbc.sql("""
                        UPDATE case_plan_item SET status = :status, status_note = :note, due_on = :due,
                            updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("note", statusNote).param("due", due)
                .param("at", at).param("by", by).param("id", id).param("version", expectedVersion).update() == 1;
    }

    public Optional<PlanItemView> findItem(UUID id) {
        return jdbc.sql("SELECT * FROM case_plan_item WHERE id = :id").param("id", id).query(PlanStore::item).optional();
    }

    /** A case's plan: by date (undated last), then as written. */
    public List<PlanItemView> itemsOf(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_plan_item WHERE case_id = :case"
                        + " ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, created_at, id")
                .param("case", caseId).query(PlanStore::item).list();
    }

    public void insertService(ServiceView s) {
        jdbc.sql("""
                INSERT INTO case_service (id, case_id, kind, given_on, given_by, note, created_at, created_by)
                VALUES (:id, :case, :kind, :on, :givenBy, :note, :at, :by)""")
                .param("id", s.id()).param("case", s.caseId()).param("kind", s.kind().name()).param("on", s.givenOn())
                .param("givenBy", s.givenBy()).param("note", s.note()).param("at", s.createdAt()).param("by", s.createdBy())
                .update();
    }

    public Optional<ServiceView> findService(UUID id) {
        return jdbc.sql("SELECT * FROM case_service WHERE id = :id").param("id", id).query(PlanStore::service).optional();
    }

    /** The services given within a case, the latest first. */
    public List<ServiceView> servicesOf(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_service WHERE case_id = :case ORDER BY given_on DESC, created_at DESC, id")
                .param("case", caseId).query(PlanStore::service).list();
    }

    private static PlanItemView item(ResultSet rs, int row) throws SQLException {
        return new PlanItemView(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("goal"),
                rs.getString("action"), rs.getString("assignee"), rs.getString("partner"), rs.getObject("due_on", LocalDate.class),
                PlanItemStatus.valueOf(rs.getString("status")), rs.getString("status_note"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getInt("version"));
    }

    private static ServiceView service(ResultSet rs, int row) throws SQLException {
        return new ServiceView(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                ServiceKind.valueOf(rs.getString("kind")), rs.getObject("given_on", LocalDate.class), rs.getString("given_by"),
                rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }
}
