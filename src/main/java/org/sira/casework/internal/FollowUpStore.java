package org.sira.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.casework.internal.DueCall;
import org.sira.casework.internal.DueFollowUp;
import org.sira.casework.FollowUpOutcome;
import org.sira.casework.FollowUpStatus;
import org.sira.casework.FollowUpView;
import org.sira.shared.jdbc.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follow-ups. The due list reads the index on (status, due date); {@code visible} is a SQL
 * condition on {@code f.person_id} from {@code PersonVisibility}, holding no user input.
 */
@Repository
public class FollowUpStore {

    private static final List<String> COLUMNS = List.of("id", "person_id", "return_id", "kind", "due_date", "status",
            "note", "created_at", "created_by", "updated_at", "updated_by", "version");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    FollowUpStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** A follow-up to write, open. */
    public record NewFollowUp(UUID id, UUID personId, UUID returnId, String kind, LocalDate due, String note) {
    }

    /** Writes all of them at once (COPY on PostgreSQL, one JDBC batch elsewhere). */
    public void insertAll(List<NewFollowUp> followUps, OffsetDateTime at, String by) {
        bulk.into("follow_up", COLUMNS, followUps.stream().map(f -> new Object[] {f.id(), f.personId(), f.returnId(),
                f.kind(), f.due(), FollowUpStatus.OPEN.name(), f.note(), at, by, at, by, 0}).toList());
    }

    public List<DueFollowUp> due(LocalDate until, String visible, long offset, int size) {
        return jdbc.sql("SELECT f.id, f.person_id, f.due_date, f.kind FROM follow_up f"
                        + " WHERE f.status = 'OPEN' AND f.due_date <= :until AND " + visible
                        + " ORDER BY f.due_date, f.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("until", until).param("offset", offset).param("size", size)
                .query((rs, row) -> new DueFollowUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    public long countDue(LocalDate until, String visible) {
        return jdbc.sql("SELECT COUNT(*) FROM follow_up f WHERE f.status = 'OPEN' AND f.due_date <= :until AND " + visible)
                .param("until", until).query(Long.class).single();
    }

    /**
     * The calls to make by {@code until}, oldest first, with whom to call; with {@code caseworker},
     * only of persons whose case not closed is theirs.
     */
    public List<DueCall> calls(LocalDate until, String visible, String caseworker, long offset, int limit) {
        return jdbc.sql("""
                        SELECT f.id, f.person_id, p.file_number, p.family_name, p.given_names,
                            (SELECT ph.number FROM person_phone ph WHERE ph.person_id = p.id ORDER BY ph.position FETCH FIRST 1 ROWS ONLY),
                            f.due_date, f.kind, f.version
                        FROM (SELECT f.id, f.person_id, f.due_date, f.kind, f.version FROM follow_up f
                              WHERE f.status = 'OPEN' AND f.due_date <= :until AND """ + " " + visible
                        + (caseworker == null ? "" : " AND EXISTS (SELECT 1 FROM casework_case c WHERE c.open_person_id = f.person_id"
                                + " AND c.caseworker = :caseworker)")
                        // The first calls picked on the follow-ups' own index before any person is joined: joined
                        // first, the databases sorted every due follow-up (60,000 at a million persons) for the first 200.
                        + " ORDER BY f.due_date, f.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY) f JOIN person p ON p.id = f.person_id"
                        + " ORDER BY f.due_date, f.id")
                .param("until", until).param("offset", offset).param("limit", limit).param("caseworker", caseworker)
                .query((rs, row) -> new DueCall(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getInt(9))).list();
    }

    /** How many calls {@link #calls} would list without its page, counted up to {@code atMost}. */
    public long countCalls(LocalDate until, String visible, String caseworker, long atMost) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT f.id FROM follow_up f WHERE f.status = 'OPEN' AND f.due_date <= :until AND "
                        + visible + (caseworker == null ? "" : " AND EXISTS (SELECT 1 FROM casework_case c WHERE c.open_person_id = f.person_id"
                                + " AND c.caseworker = :caseworker)")
                        // In the order of the due list's index, so that counting stops at atMost on that index.
                        + " ORDER BY f.due_date, f.id FETCH FIRST :atMost ROWS ONLY) counted")
                .param("until", until).param("caseworker", caseworker).param("atMost", atMost).query(Long.class).single();
    }

    public Optional<FollowUpView> find(UUID id) {
        return jdbc.sql("SELECT * FROM follow_up WHERE id = :id").param("id", id).query(FollowUpStore::followUp).optional();
    }

    /** A person's follow-ups, by due date. */
    public List<FollowUpView> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM follow_up WHERE person_id = :person ORDER BY due_date, id")
                .param("person", personId).query(FollowUpStore::followUp).list();
    }

    /** Records the outcome; false if someone changed the follow-up first. */
    public boolean close(UUID id, int expectedVersion, FollowUpOutcome outcome, LocalDate on, String note,
                         OffsetDateTime at, String by) {
        // A note is written only when given: PostgreSQL cannot type a bare null parameter in COALESCE.
        var update = jdbc.sql("UPDATE follow_up SET status = 'DONE', outcome = :outcome, done_on = :on, "
                        + (note == null ? "" : "note = :note, ")
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("outcome", outcome.name()).param("on", on).param("at", at).param("by", by).param("id", id)
                .param("version", expectedVersion);
        return (note == null ? update : update.param("note", note)).update() == 1;
    }

    /** Cancels the person's other open follow-ups; how many. */
    public int cancelOpen(UUID personId, OffsetDateTime at, String by) {
        return jdbc.sql("""
                UPDATE follow_up SET status = 'CANCELLED', updated_at = :at, updated_by = :by, version = version + 1
                WHERE person_id = :person AND status = 'OPEN'""")
                .param("person", personId).param("at", at).param("by", by).update();
    }

    private static FollowUpView followUp(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new FollowUpView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("return_id", UUID.class), rs.getString("kind"), rs.getObject("due_date", LocalDate.class),
                FollowUpStatus.valueOf(rs.getString("status")), outcome == null ? null : FollowUpOutcome.valueOf(outcome),
                rs.getObject("done_on", LocalDate.class), rs.getString("note"), rs.getInt("version"));
    }
}
