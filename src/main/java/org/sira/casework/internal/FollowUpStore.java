package org.sira.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Follow-ups: written ones ({@code follow_up}) and those planned after a return and not yet written
 * ({@link FollowUpPlanStore}), read as one. The due lists read each month's plans and the written
 * follow-ups along their own indexes and merge them; {@code visible} is a SQL condition on
 * {@code f.person_id} from {@code PersonVisibility}, holding no user input.
 */
@Repository
public class FollowUpStore {

    private static final List<String> COLUMNS = List.of("id", "person_id", "return_id", "kind", "due_date", "status",
            "note", "created_at", "created_by", "updated_at", "updated_by", "version");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final FollowUpPlanStore plans;
    private final FollowUpPlanner planner;
    private final FollowUpMonths months;

    FollowUpStore(JdbcClient jdbc, BulkInsert bulk, FollowUpPlanStore plans, FollowUpPlanner planner, FollowUpMonths months) {
        this.months = months;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.plans = plans;
        this.planner = planner;
    }

    /** A follow-up to write, open. */
    public record NewFollowUp(UUID id, UUID personId, UUID returnId, String kind, LocalDate due, String note) {
    }

    /** Writes all of them at once (COPY on PostgreSQL, one JDBC batch elsewhere). */
    public void insertAll(List<NewFollowUp> followUps, OffsetDateTime at, String by) {
        insertAll(bulk, months, followUps, at, by);
    }

    static void insertAll(BulkInsert bulk, FollowUpMonths months, List<NewFollowUp> followUps, OffsetDateTime at, String by) {
        bulk.into("follow_up", COLUMNS, followUps.stream().map(f -> new Object[] {f.id(), f.personId(), f.returnId(),
                f.kind(), f.due(), FollowUpStatus.OPEN.name(), f.note(), at, by, at, by, 0}).toList());
        months.changed(followUps.stream().map(NewFollowUp::due).toList());
    }

    /**
     * The open follow-ups due by {@code until} meeting {@code conditions} (on {@code f.person_id}), written
     * and planned, as one relation of (id, person_id, due_date, sort_date, kind, planned_month, version): 0
     * for a written one, else the plan's month. With {@code first}, each part only its first so many in
     * the order of {@link #ORDER}: enough for a page that ends there.
     */
    private String openDue(LocalDate until, String conditions, Long first) {
        List<String> parts = openDueParts(until, conditions, first);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT * FROM (").append(parts.get(i)).append(") part").append(i);
        }
        return sql.toString();
    }

    /** The parts of {@link #openDue}: the written follow-ups, then each month's plans. */
    private List<String> openDueParts(LocalDate until, String conditions, Long first) {
        List<String> parts = new ArrayList<>();
        parts.add("SELECT f.id, f.person_id, f.due_date, f.due_date AS sort_date, f.kind, 0 AS planned_month, f.version"
                + " FROM follow_up f WHERE f.status = 'OPEN' AND f.due_date <= DATE '" + until + "' AND " + conditions
                + (first == null ? "" : " ORDER BY f.due_date, f.id FETCH FIRST " + first + " ROWS ONLY"));
        for (int month : planner.months()) {
            parts.add(FollowUpPlanStore.dueBy(month, until, conditions, first));
        }
        return parts;
    }

    /** Oldest first; a plan's follow-ups of one day in the order of arrival, as {@link FollowUpPlanStore#dueBy} reads them. */
    private static String order(String alias) {
        return " ORDER BY %1$s.due_date, %1$s.sort_date, %1$s.id, %1$s.planned_month".formatted(alias);
    }

    public List<DueFollowUp> due(LocalDate until, String visible, long offset, int size) {
        return jdbc.sql("SELECT id, person_id, due_date, kind, planned_month FROM (" + openDue(until, visible, offset + size) + ") u"
                        + order("u") + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("offset", offset).param("size", size)
                .query((rs, row) -> new DueFollowUp(id(rs.getObject(1, UUID.class), rs.getInt(5)), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }

    public long countDue(LocalDate until, String visible) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + openDue(until, visible, null) + ") u").query(Long.class).single();
    }

    /**
     * The calls to make by {@code until}, oldest first, with whom to call; with {@code caseworker},
     * only of persons whose case not closed is theirs.
     */
    public List<DueCall> calls(LocalDate until, String visible, String caseworker, long offset, int limit) {
        // The first calls are picked along the follow-ups' and plans' own indexes before any person is joined:
        // joined first, the databases sorted every due follow-up (60,000 at a million persons) for the first 200.
        return jdbc.sql("""
                        SELECT f.id, f.person_id, p.file_number, p.family_name, p.given_names,
                            (SELECT ph.number FROM person_phone ph WHERE ph.person_id = p.id ORDER BY ph.position FETCH FIRST 1 ROWS ONLY),
                            f.due_date, f.kind, f.version, f.planned_month
                        FROM (SELECT * FROM (""" + openDue(until, callsOf(visible, caseworker), offset + limit) + ") u" + order("u")
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY) f JOIN person p ON p.id = f.person_id" + order("f"))
                .param("offset", offset).param("limit", limit).param("caseworker", caseworker)
                .query((rs, row) -> new DueCall(id(rs.getObject(1, UUID.class), rs.getInt(10)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getInt(9))).list();
    }

    /** How many calls {@link #calls} would list without its page, counted up to {@code atMost}. */
    public long countCalls(LocalDate until, String visible, String caseworker, long atMost) {
        // Part after part, each up to what is left to count along its own index: a busy week stops in the first.
        String conditions = callsOf(visible, caseworker);
        long counted = 0;
        for (int part = 0; part <= planner.months().size() && counted < atMost; part++) {
            counted += jdbc.sql("SELECT COUNT(*) FROM (" + openDueParts(until, conditions, atMost - counted).get(part) + ") counted")
                    .param("caseworker", caseworker).query(Long.class).single();
        }
        return counted;
    }

    private static String callsOf(String visible, String caseworker) {
        return visible + (caseworker == null ? "" : " AND EXISTS (SELECT 1 FROM casework_case c WHERE c.open_person_id = f.person_id"
                + " AND c.caseworker = :caseworker)");
    }

    private static UUID id(UUID idOrPlan, int month) {
        return month == 0 ? idOrPlan : FollowUpPlanStore.followUpId(idOrPlan, month);
    }

    /** A written follow-up, or one planned and not yet written. */
    public Optional<FollowUpView> find(UUID id) {
        Optional<FollowUpView> written = jdbc.sql("SELECT * FROM follow_up WHERE id = :id").param("id", id)
                .query(FollowUpStore::followUp).optional();
        if (written.isPresent()) {
            return written;
        }
        return plans.find(FollowUpPlanStore.planOf(id))
                .flatMap(plan -> plan.followUps(planner.months()).stream().filter(f -> f.id().equals(id)).findFirst());
    }

    /** A person's follow-ups, written and planned, by due date. */
    public List<FollowUpView> ofPerson(UUID personId) {
        List<FollowUpView> all = new ArrayList<>(jdbc.sql("SELECT * FROM follow_up WHERE person_id = :person")
                .param("person", personId).query(FollowUpStore::followUp).list());
        plans.ofPerson(personId).forEach(plan -> all.addAll(plan.followUps(planner.months())));
        all.sort(Comparator.comparing(FollowUpView::due).thenComparing(FollowUpView::id));
        return all;
    }

    /** Writes out the plan a follow-up belongs to, if it is planned and not yet written. */
    private boolean writeOutPlanOf(UUID followUpId) {
        return plans.find(FollowUpPlanStore.planOf(followUpId)).map(plan -> plans.writeOut(plan, planner.months())).orElse(false);
    }

    /** Writes out the person's plans: before their follow-ups are cancelled, or moved by a merge. */
    public void writeOutPlansOf(UUID personId) {
        plans.ofPerson(personId).forEach(plan -> plans.writeOut(plan, planner.months()));
    }

    /** Records the outcome; false if someone changed the follow-up first. */
    public boolean close(UUID id, int expectedVersion, FollowUpOutcome outcome, LocalDate on, String note,
                         OffsetDateTime at, String by) {
        // A follow-up not yet written is planned: its plan is written out, then it is closed like any other.
        return closeWritten(id, expectedVersion, outcome, on, note, at, by)
                || writeOutPlanOf(id) && closeWritten(id, expectedVersion, outcome, on, note, at, by);
    }

    private boolean closeWritten(UUID id, int expectedVersion, FollowUpOutcome outcome, LocalDate on, String note,
                                 OffsetDateTime at, String by) {
        // A note is written only when given: PostgreSQL cannot type a bare null parameter in COALESCE.
        var update = jdbc.sql("UPDATE follow_up SET status = 'DONE', outcome = :outcome, done_on = :on, "
                        + (note == null ? "" : "note = :note, ")
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("outcome", outcome.name()).param("on", on).param("at", at).param("by", by).param("id", id)
                .param("version", expectedVersion);
        if ((note == null ? update : update.param("note", note)).update() != 1) {
            return false;
        }
        List<LocalDate> days = new ArrayList<>(jdbc.sql("SELECT due_date FROM follow_up WHERE id = :id").param("id", id)
                .query(LocalDate.class).list());
        days.add(on);
        months.changed(days);
        return true;
    }

    /** Cancels the person's other open follow-ups, planned ones included; how many. */
    public int cancelOpen(UUID personId, OffsetDateTime at, String by) {
        writeOutPlansOf(personId);
        months.changed(jdbc.sql("SELECT DISTINCT due_date FROM follow_up WHERE person_id = :person AND status = 'OPEN'")
                .param("person", personId).query(LocalDate.class).list());
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
