package org.sira.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.sira.casework.FollowUpStatus;
import org.sira.casework.FollowUpView;
import org.sira.shared.Ids;
import org.sira.shared.jdbc.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The follow-ups a return plans, one row per return ({@code follow_up_plan}, V082) until one of them is
 * touched: then the plan is written out as {@code follow_up} rows with the ids its follow-ups were shown
 * with. A plan's follow-up of month {@code m} has the plan's id with its last byte set to {@code m}.
 */
@Repository
public class FollowUpPlanStore {

    private static final List<String> COLUMNS = List.of("id", "person_id", "return_id", "arrival_date", "first_month",
            "created_at", "created_by");
    private static final long MONTH_BYTE = 0xFFL;
    private static final long VARIANT = 0xC000000000000000L;

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    private final FollowUpMonths months;

    FollowUpPlanStore(JdbcClient jdbc, BulkInsert bulk, FollowUpMonths months) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.months = months;
    }

    /** A return's planned follow-ups: those of the months in force from {@code firstMonth} on. */
    public record Plan(UUID id, UUID personId, UUID returnId, LocalDate arrivalDate, int firstMonth,
                       OffsetDateTime createdAt, String createdBy) {

        public List<Integer> monthsOf(List<Integer> monthsInForce) {
            return monthsInForce.stream().filter(m -> m >= firstMonth).toList();
        }

        public List<FollowUpView> followUps(List<Integer> monthsInForce) {
            return monthsOf(monthsInForce).stream().map(m -> new FollowUpView(followUpId(id, m), personId, returnId,
                    FollowUpPlanner.kind(m), arrivalDate.plusMonths(m), FollowUpStatus.OPEN, null, null, null, 0)).toList();
        }
    }

    /**
     * A new plan's id: time-ordered, its last byte free for the months. The rest of its low half is drawn
     * afresh: within one millisecond {@link Ids} counts up in the last bits, which the months take.
     */
    public static UUID newPlanId() {
        UUID id = Ids.newId();
        long variant = id.getLeastSignificantBits() & VARIANT;
        return new UUID(id.getMostSignificantBits(), variant | (ThreadLocalRandom.current().nextLong() & ~VARIANT & ~MONTH_BYTE));
    }

    public static UUID followUpId(UUID planId, int month) {
        return new UUID(planId.getMostSignificantBits(), planId.getLeastSignificantBits() | month);
    }

    /** The plan a follow-up's id would belong to, were it planned. */
    static UUID planOf(UUID followUpId) {
        return new UUID(followUpId.getMostSignificantBits(), followUpId.getLeastSignificantBits() & ~MONTH_BYTE);
    }

    /** Writes all of them at once, in the caller's transaction. */
    public void insertAll(List<Plan> plans, List<Integer> monthsInForce) {
        bulk.into("follow_up_plan", COLUMNS, plans.stream().map(p -> new Object[] {p.id(), p.personId(), p.returnId(),
                p.arrivalDate(), p.firstMonth(), p.createdAt(), p.createdBy()}).toList());
        Set<LocalDate> due = new HashSet<>();
        plans.forEach(p -> p.followUps(monthsInForce).forEach(f -> due.add(f.due())));
        months.changed(due);
    }

    public Optional<Plan> find(UUID planId) {
        return jdbc.sql("SELECT * FROM follow_up_plan WHERE id = :id").param("id", planId).query(FollowUpPlanStore::plan).optional();
    }

    public List<Plan> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM follow_up_plan WHERE person_id = :person").param("person", personId)
                .query(FollowUpPlanStore::plan).list();
    }

    /** Up to {@code limit} plans, by id. */
    List<Plan> first(int limit) {
        return jdbc.sql("SELECT * FROM follow_up_plan ORDER BY id FETCH FIRST :limit ROWS ONLY").param("limit", limit)
                .query(FollowUpPlanStore::plan).list();
    }

    /**
     * Writes the plan out as open follow-up rows and removes it; false if another transaction did first
     * (or it is gone), so that a follow-up is never written twice.
     */
    public boolean writeOut(Plan plan, List<Integer> monthsInForce) {
        if (jdbc.sql("DELETE FROM follow_up_plan WHERE id = :id").param("id", plan.id()).update() != 1) {
            return false;
        }
        List<FollowUpStore.NewFollowUp> rows = new ArrayList<>();
        for (FollowUpView f : plan.followUps(monthsInForce)) {
            rows.add(new FollowUpStore.NewFollowUp(f.id(), f.personId(), f.returnId(), f.kind(), f.due(), null));
        }
        FollowUpStore.insertAll(bulk, months, rows, plan.createdAt(), plan.createdBy());
        return true;
    }

    /**
     * The open planned follow-ups of one month due by {@code until}, as a SELECT of the columns of
     * {@link FollowUpStore}'s due lists, the plan's alias being {@code f}. In the order of arrival,
     * which is that of their due dates, along {@code follow_up_plan_arrival}; {@code first}: only so many.
     * A day falling on the 29th to 31st may be due on an earlier last day of a month: three days more of
     * arrivals are read, and the due date decides.
     */
    static String dueBy(int month, LocalDate until, String conditions, Long first) {
        String due = dueDate(month);
        return "SELECT f.id, f.person_id, " + due + " AS due_date, f.arrival_date AS sort_date, '" + FollowUpPlanner.kind(month)
                + "' AS kind, " + month + " AS planned_month, 0 AS version FROM follow_up_plan f WHERE f.arrival_date <= DATE '"
                + until.minusMonths(month).plusDays(3) + "' AND f.first_month <= " + month + " AND " + due + " <= DATE '" + until
                + "' AND " + conditions + (first == null ? "" : " ORDER BY f.arrival_date, f.id FETCH FIRST " + first + " ROWS ONLY");
    }

    /** Planned follow-ups of one month due in a period: their person and due date, the plan's alias being {@code f}. */
    public static String dueBetween(int month, LocalDate from, LocalDate to) {
        String due = dueDate(month);
        return "SELECT f.person_id, " + due + " AS due_date FROM follow_up_plan f WHERE f.arrival_date BETWEEN DATE '"
                + from.minusMonths(month) + "' AND DATE '" + to.minusMonths(month).plusDays(3) + "' AND f.first_month <= " + month
                + " AND " + due + " BETWEEN DATE '" + from + "' AND DATE '" + to + "'";
    }

    /** The month's due date in SQL: H2 and PostgreSQL both end a shorter month on its last day, as Java's plusMonths. */
    private static String dueDate(int month) {
        return "CAST(f.arrival_date + INTERVAL '" + month + "' MONTH AS DATE)";
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("return_id", UUID.class),
                rs.getObject("arrival_date", LocalDate.class), rs.getInt("first_month"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }
}
