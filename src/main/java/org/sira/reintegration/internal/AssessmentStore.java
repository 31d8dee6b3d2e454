package org.sira.reintegration.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.reintegration.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assessments: raw answers as JSON, the method version, and the scores it gave. */
@Repository
public class AssessmentStore {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };
    private static final Map<String, String> COLUMNS = Map.of("ECONOMIC", "economic", "SOCIAL", "social",
            "PSYCHOSOCIAL", "psychosocial", "composite", "composite");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Assessment a, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reintegration_assessment (id, person_id, assessed_on, method_version, answers,
                    economic, social, psychosocial, composite, created_at, created_by)
                VALUES (:id, :person, :on, :version, :answers, :economic, :social, :psychosocial, :composite, :at, :by)""")
                .param("id", a.id()).param("person", a.personId()).param("on", a.date()).param("version", a.methodVersion())
                .param("answers", json.writeValueAsString(a.answers()))
                .param("economic", decimal(a.scores().get("ECONOMIC"))).param("social", decimal(a.scores().get("SOCIAL")))
                .param("psychosocial", decimal(a.scores().get("PSYCHOSOCIAL")))
                .param("composite", decimal(a.scores().get("composite")))
                .param("at", at).param("by", by).update();
    }

    /** A person's assessments, oldest first. */
    public List<Assessment> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM reintegration_assessment WHERE person_id = :person ORDER BY assessed_on, created_at, id")
                .param("person", personId).query(this::assessment).list();
    }

    /** Some assessments scored under another version than {@code version}. */
    public List<Assessment> scoredUnderAnother(String version, int limit) {
        return jdbc.sql("SELECT * FROM reintegration_assessment WHERE method_version <> :version ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("version", version).param("limit", limit).query(this::assessment).list();
    }

    /** Writes new scores and the version that gave them. */
    public void rescored(UUID id, String version, Map<String, Double> scores) {
        jdbc.sql("""
                UPDATE reintegration_assessment SET method_version = :version, economic = :economic, social = :social,
                    psychosocial = :psychosocial, composite = :composite WHERE id = :id""")
                .param("version", version).param("economic", decimal(scores.get("ECONOMIC")))
                .param("social", decimal(scores.get("SOCIAL"))).param("psychosocial", decimal(scores.get("PSYCHOSOCIAL")))
                .param("composite", decimal(scores.get("composite"))).param("id", id).update();
    }

    private Assessment assessment(ResultSet rs, int row) throws SQLException {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String key : List.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL", "composite")) {
            BigDecimal value = rs.getBigDecimal(COLUMNS.get(key));
            if (value != null) {
                scores.put(key, value.doubleValue());
            }
        }
        return new Assessment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("assessed_on", LocalDate.class), rs.getString("method_version"),
                json.readValue(rs.getString("answers"), ANSWERS), scores);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
