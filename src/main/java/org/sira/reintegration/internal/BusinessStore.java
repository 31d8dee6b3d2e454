package org.sira.reintegration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.reintegration.BusinessPlan;
import org.sira.reintegration.BusinessStatus;
import org.sira.reintegration.EconomicSector;
import org.sira.reintegration.GrantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Business plans with their grants and dated statuses. */
@Repository
public class BusinessStore {

    private final JdbcClient jdbc;

    BusinessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BusinessPlan b, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_business (id, person_id, activity, sector, summary, planned_on, created_at, created_by)
                VALUES (:id, :person, :activity, :sector, :summary, :planned, :at, :by)""")
                .param("id", b.id()).param("person", b.personId()).param("activity", b.activity()).param("sector", b.sector().name())
                .param("summary", b.summary()).param("planned", b.plannedOn()).param("at", at).param("by", by).update();
    }

    /** Takes the business's version for a change, unless someone changed it since {@code version}. */
    public boolean touch(UUID id, int version) {
        return jdbc.sql("UPDATE reintegration_business SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    public void insertGrant(UUID businessId, UUID personId, BusinessPlan.Grant g, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_grant (id, business_id, person_id, kind, amount_xof, project_line_id, granted_on, description,
                    created_at, created_by)
                VALUES (:id, :business, :person, :kind, :amount, :line, :on, :description, :at, :by)""")
                .param("id", g.id()).param("business", businessId).param("person", personId).param("kind", g.kind().name())
                .param("amount", g.amountXof()).param("line", g.projectLineId()).param("on", g.grantedOn())
                .param("description", g.description()).param("at", at).param("by", by).update();
    }

    /** Notes a status, and makes it the business's current one unless a later-dated one is already noted. */
    public void insertStatus(UUID businessId, UUID personId, BusinessPlan.StatusRecord s, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_business_status (id, business_id, person_id, status, noted_on, follow_up_id, note, created_at, created_by)
                VALUES (:id, :business, :person, :status, :on, :followUp, :note, :at, :by)""")
                .param("id", s.id()).param("business", businessId).param("person", personId).param("status", s.status().name())
                .param("on", s.notedOn()).param("followUp", s.followUpId()).param("note", s.note()).param("at", at).param("by", by).update();
        jdbc.sql("""
                UPDATE reintegration_business SET status = :status, status_on = :on
                WHERE id = :id AND (status_on IS NULL OR status_on <= :on)""")
                .param("status", s.status().name()).param("on", s.notedOn()).param("id", businessId).update();
    }

    public boolean grantExists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM reintegration_grant WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public boolean statusExists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM reintegration_business_status WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public Optional<BusinessPlan> find(UUID id) {
        return plans("b.id = :id", id).stream().findFirst();
    }

    /** A person's businesses, latest plan first. */
    public List<BusinessPlan> ofPerson(UUID personId) {
        return plans("b.person_id = :id", personId);
    }

    private List<BusinessPlan> plans(String where, UUID id) {
        List<BusinessPlan> plans = new ArrayList<>();
        for (BusinessPlan bare : jdbc.sql("SELECT * FROM reintegration_business b WHERE " + where + " ORDER BY b.planned_on DESC, b.id")
                .param("id", id).query(BusinessStore::plan).list()) {
            List<BusinessPlan.Grant> grants = jdbc.sql("SELECT * FROM reintegration_grant WHERE business_id = :b ORDER BY granted_on, created_at, id")
                    .param("b", bare.id()).query(BusinessStore::grant).list();
            List<BusinessPlan.StatusRecord> statuses = jdbc.sql(
                            "SELECT * FROM reintegration_business_status WHERE business_id = :b ORDER BY noted_on, created_at, id")
                    .param("b", bare.id()).query(BusinessStore::status).list();
            plans.add(new BusinessPlan(bare.id(), bare.personId(), bare.activity(), bare.sector(), bare.summary(), bare.plannedOn(),
                    bare.status(), bare.statusOn(), bare.version(), grants, statuses));
        }
        return plans;
    }

    private static BusinessPlan plan(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        return new BusinessPlan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("activity"),
                EconomicSector.valueOf(rs.getString("sector")), rs.getString("summary"), rs.getObject("planned_on", LocalDate.class),
                status == null ? null : BusinessStatus.valueOf(status), rs.getObject("status_on", LocalDate.class), rs.getInt("version"),
                List.of(), List.of());
    }

    private static BusinessPlan.Grant grant(ResultSet rs, int n) throws SQLException {
        return new BusinessPlan.Grant(rs.getObject("id", UUID.class), GrantKind.valueOf(rs.getString("kind")), rs.getLong("amount_xof"),
                rs.getObject("project_line_id", UUID.class), rs.getObject("granted_on", LocalDate.class), rs.getString("description"));
    }

    private static BusinessPlan.StatusRecord status(ResultSet rs, int n) throws SQLException {
        return new BusinessPlan.StatusRecord(rs.getObject("id", UUID.class), BusinessStatus.valueOf(rs.getString("status")),
                rs.getObject("noted_on", LocalDate.class), rs.getObject("follow_up_id", UUID.class), rs.getString("note"));
    }
}
