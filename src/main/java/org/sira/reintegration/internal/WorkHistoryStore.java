package org.sira.reintegration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.reintegration.WorkExperience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trades and skills practised abroad, a row each. */
@Repository
public class WorkHistoryStore {

    private final JdbcClient jdbc;

    WorkHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkExperience w, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_work_history (id, person_id, trade, country, years, description, created_at, created_by)
                VALUES (:id, :person, :trade, :country, :years, :description, :at, :by)""")
                .param("id", w.id()).param("person", w.personId()).param("trade", w.trade()).param("country", w.country())
                .param("years", w.years()).param("description", w.description()).param("at", at).param("by", by).update();
    }

    public Optional<WorkExperience> find(UUID id) {
        return jdbc.sql("SELECT * FROM reintegration_work_history WHERE id = :id").param("id", id).query(WorkHistoryStore::row).optional();
    }

    /** A person's experience, longest first. */
    public List<WorkExperience> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM reintegration_work_history WHERE person_id = :person ORDER BY years DESC, trade, id")
                .param("person", personId).query(WorkHistoryStore::row).list();
    }

    private static WorkExperience row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new WorkExperience(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("trade"),
                rs.getString("country"), rs.getInt("years"), rs.getString("description"), rs.getInt("version"));
    }
}
