package org.sira.reintegration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.reintegration.EconomicSector;
import org.sira.reintegration.Training;
import org.sira.reintegration.TrainingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainings, a row each, changed only over the version the user saw. */
@Repository
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Training t, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_training (id, person_id, sector, provider, starts_on, ends_on, status,
                    created_at, created_by, updated_at, updated_by)
                VALUES (:id, :person, :sector, :provider, :starts, :ends, :status, :at, :by, :at, :by)""")
                .param("id", t.id()).param("person", t.personId()).param("sector", t.sector().name()).param("provider", t.provider())
                .param("starts", t.startsOn()).param("ends", t.endsOn()).param("status", t.status().name())
                .param("at", at).param("by", by).update();
    }

    /** Saves where the training ended, unless someone changed it since {@code version}. */
    public boolean ended(UUID id, int version, TrainingStatus status, LocalDate endsOn, OffsetDateTime at, String by) {
        return jdbc.sql("""
                UPDATE reintegration_training SET status = :status, ends_on = :ends, updated_at = :at, updated_by = :by,
                    version = version + 1 WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("ends", endsOn).param("at", at).param("by", by).param("id", id)
                .param("version", version).update() == 1;
    }

    public Optional<Training> find(UUID id) {
        return jdbc.sql("SELECT * FROM reintegration_training WHERE id = :id").param("id", id).query(TrainingStore::row).optional();
    }

    /** A person's trainings, latest first. */
    public List<Training> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM reintegration_training WHERE person_id = :person ORDER BY starts_on DESC, id")
                .param("person", personId).query(TrainingStore::row).list();
    }

    private static Training row(ResultSet rs, int n) throws SQLException {
        return new Training(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                EconomicSector.valueOf(rs.getString("sector")), rs.getString("provider"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), TrainingStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
