package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the outcome comparison reads, for the persons with a return arrived in a period: all their
 * returns (arrivals' table, read as a report reads, never written), composites and completed trainings.
 */
@Repository
public class OutcomeStore {

    private static final String PERSONS = """
            (SELECT p.person_id FROM person_return p WHERE p.voided = FALSE AND p.arrival_date BETWEEN :from AND :to)""";

    private final JdbcClient jdbc;

    OutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The persons' histories, by person. */
    public Map<UUID, History> histories(LocalDate from, LocalDate to) {
        Map<UUID, History> histories = new HashMap<>();
        jdbc.sql("SELECT r.person_id, r.id, r.return_kind, r.arrival_date FROM person_return r WHERE r.voided = FALSE AND r.person_id IN "
                        + PERSONS)
                .param("from", from).param("to", to)
                .query(rs -> {
                    histories.computeIfAbsent(rs.getObject(1, UUID.class), id -> new History()).arrivals()
                            .add(new TwelveMonthScores.Arrival(rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class)));
                });
        jdbc.sql("SELECT a.person_id, a.assessed_on, a.composite FROM reintegration_assessment a WHERE a.composite IS NOT NULL "
                        + "AND a.person_id IN " + PERSONS)
                .param("from", from).param("to", to)
                .query(rs -> {
                    History history = histories.get(rs.getObject(1, UUID.class));
                    if (history != null) {
                        history.scores().add(new TwelveMonthScores.Score(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3).doubleValue()));
                    }
                });
        jdbc.sql("SELECT t.person_id, t.ends_on FROM reintegration_training t WHERE t.status = 'COMPLETED' AND t.ends_on IS NOT NULL "
                        + "AND t.person_id IN " + PERSONS)
                .param("from", from).param("to", to)
                .query(rs -> {
                    History history = histories.get(rs.getObject(1, UUID.class));
                    if (history != null) {
                        history.trainingsCompleted().add(rs.getObject(2, LocalDate.class));
                    }
                });
        return histories;
    }

    /** One person's returns, composites and the days her completed trainings ended. */
    public record History(List<TwelveMonthScores.Arrival> arrivals, List<TwelveMonthScores.Score> scores,
                          List<LocalDate> trainingsCompleted) {
        History() {
            this(new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>());
        }
    }
}
