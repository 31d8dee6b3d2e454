package org.sira.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server time of the assistance, casework and donor reports (page, PDF, XLSX, JSON) on ten years
 * (2000–2009) of a busy association, written straight into the tables: per year 2,000 stays, 12,000
 * items handed out, 1,000 journeys, 1,500 referrals, 9,000 follow-ups and 1,000 assessments, for
 * 20,000 persons with 30,000 returns. In process (MockMvc). Not a test (the name does not end in
 * Test): {@code mvn -B -o test -Dtest=ServiceReportTimings -Dsurefire.failIfNoSpecifiedTests=false},
 * then read "SERVICE REPORT TIMINGS" in its output; {@code ServiceReportTimingsOnPostgres} on PostgreSQL.
 */
abstract class ServiceReportTimingsBase {

    static final int PERSONS = 20_000;
    static final int YEARS = 10;
    static final int RUNS = 5;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    private final Random random = new Random(16);

    @Test
    void timesTheServiceReportsOnTenYears() throws Exception {
        long start = System.nanoTime();
        String project = load();
        StringBuilder out = new StringBuilder("SERVICE REPORT TIMINGS (load " + (System.nanoTime() - start) / 1_000_000 + " ms)\n");
        String[][] periods = {{"semester", "period=2005-S1"}, {"ten years", "from=2000-01-01&to=2009-12-31"}};
        for (String report : new String[] {"assistance", "casework"}) {
            for (String[] period : periods) {
                for (String format : new String[] {"", ".pdf", ".xlsx"}) {
                    out.append(line(report + format + " " + period[0], "/reports/" + report + format + "?" + period[1], true));
                }
                out.append(line("api " + report + " " + period[0], "/api/v1/reports/" + report + "?" + period[1], false));
            }
        }
        for (String format : new String[] {"", ".pdf", ".xlsx"}) {
            out.append(line("donor" + format + " (ten years)", "/reports/donor" + format + "?project=" + project, true));
        }
        out.append(line("api donor (ten years)", "/api/v1/reports/donor?project=" + project, false));
        out.append(line("dashboard", "/dashboard", true));
        System.out.println(out);
    }

    private String line(String label, String address, boolean page) throws Exception {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            mvc.perform(get(address).with(page ? users.page(Role.VIEWER) : users.as(Role.VIEWER))).andExpect(status().isOk());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return String.format("%-32s median %6d ms  min %6d ms  max %6d ms%n", label, times[RUNS / 2] / 1_000_000,
                times[0] / 1_000_000, times[RUNS - 1] / 1_000_000);
    }

    /** The ten years' rows, in JDBC batches; the project's id. */
    private String load() {
        Timestamp now = Timestamp.from(Instant.parse("2010-01-01T00:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        UUID[] persons = new UUID[PERSONS];
        for (int i = 0; i < PERSONS; i++) {
            persons[i] = UUID.randomUUID();
            rows.add(new Object[] {persons[i], "BENCH-" + i, now, now});
        }
        batch("INSERT INTO person (id, file_number, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 'bench', ?, 'bench')", rows);
        String[] kinds = {"FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY", "SPONTANEOUS_VOLUNTARY"};
        for (int i = 0; i < PERSONS * 3 / 2; i++) {
            rows.add(new Object[] {UUID.randomUUID(), persons[i % PERSONS], kinds[random.nextInt(4)], day(), now, now});
        }
        batch("""
                INSERT INTO person_return (id, person_id, return_kind, country_from, arrival_date, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, 'DZ', ?, ?, 'bench', ?, 'bench')""", rows);
        UUID donor = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID[] lines = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        jdbc.update("INSERT INTO programme_donor (id, name, created_at, created_by) VALUES (?, 'Bench donor', ?, 'bench')", donor, now);
        jdbc.update("""
                INSERT INTO programme_project (id, donor_id, name, starts_on, ends_on, created_at, created_by)
                VALUES (?, ?, 'Bench project', DATE '2000-01-01', DATE '2009-12-31', ?, 'bench')""", project, donor, now);
        for (int l = 0; l < lines.length; l++) {
            jdbc.update("INSERT INTO programme_budget_line (id, project_id, name, budget_xof, position) VALUES (?, ?, ?, 50000000, ?)",
                    lines[l], project, "Line " + l, l);
        }
        UUID centre = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        jdbc.update("INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES (?, 'Bench centre', ?, 'bench')", centre, now);
        jdbc.update("INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES (?, ?, 'R', 'MEN', ?, 'bench')",
                room, centre, now);
        UUID bed = UUID.randomUUID();
        jdbc.update("INSERT INTO shelter_bed (id, room_id, label, position) VALUES (?, ?, 'B', 0)", bed, room);
        for (int i = 0; i < 2_000 * YEARS; i++) {
            Instant in = instant();
            rows.add(new Object[] {UUID.randomUUID(), persons[random.nextInt(PERSONS)], bed, centre, Timestamp.from(in),
                    Timestamp.from(in.plusSeconds(86_400L * (1 + random.nextInt(6))))});
        }
        batch("""
                INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, check_out, check_out_reason, checked_in_by, checked_out_by)
                VALUES (?, ?, ?, ?, ?, ?, 'OTHER', 'bench', 'bench')""", rows);
        String[] items = {"MEAL", "MEAL", "MEAL", "HYGIENE_KIT", "DIGNITY_KIT", "BLANKET", "WATER"};
        for (int i = 0; i < 12_000 * YEARS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), UUID.randomUUID(), centre, items[random.nextInt(items.length)],
                    persons[random.nextInt(PERSONS)], 1 + random.nextInt(3), random.nextInt(4) == 0 ? null : lines[random.nextInt(3)],
                    Timestamp.from(instant())});
        }
        batch("""
                INSERT INTO shelter_assistance (id, distribution_id, centre_id, item_code, person_id, quantity, outcome, project_line_id,
                  given_at, given_by) VALUES (?, ?, ?, ?, ?, ?, 'GIVEN', ?, ?, 'bench')""", rows);
        for (int i = 0; i < 300; i++) {
            rows.add(new Object[] {UUID.randomUUID(), centre, items[i % items.length], 1000, 250, lines[i % 3], now});
        }
        batch("""
                INSERT INTO shelter_stock_movement (id, centre_id, item_code, kind, quantity, unit_cost_xof, project_line_id, recorded_at, recorded_by)
                VALUES (?, ?, ?, 'RECEIPT', ?, ?, ?, ?, 'bench')""", rows);
        String[] journeyStatus = {"DEPARTED", "ARRIVAL_CONFIRMED", "ARRIVAL_CONFIRMED", "NOT_REACHED", "PLANNED"};
        for (int i = 0; i < 1_000 * YEARS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), persons[random.nextInt(PERSONS)], centre, day(), 5000 + random.nextInt(10_000),
                    random.nextInt(5000), journeyStatus[random.nextInt(journeyStatus.length)], now, now});
        }
        batch("""
                INSERT INTO shelter_journey (id, person_id, centre_id, destination_region, transport_company, departure_date, ticket_cost_xof,
                  travel_money_xof, payment_mode, status, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, 'Kayes', 'Bench cars', ?, ?, ?, 'CASH', ?, ?, 'bench', ?, 'bench')""", rows);
        String[] partners = {"Clinique A", "Centre de santé B", "Avocats C", "Formation D", "AVRR E", "Clinique F"};
        String[] referralStatus = {"SENT", "ACCEPTED", "REFUSED", "DONE", "DONE"};
        for (int i = 0; i < 1_500 * YEARS; i++) {
            Timestamp at = Timestamp.from(instant());
            rows.add(new Object[] {UUID.randomUUID(), persons[random.nextInt(PERSONS)], partners[random.nextInt(partners.length)],
                    referralStatus[random.nextInt(referralStatus.length)], at, at});
        }
        batch("""
                INSERT INTO referral (id, person_id, partner, service, shares_data, status, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, 'service', FALSE, ?, ?, 'bench', ?, 'bench')""", rows);
        String[] outcomes = {"REACHED", "REACHED", "NOT_REACHABLE", "MOVED", "RE_MIGRATED", "DECEASED"};
        for (int i = 0; i < 9_000 * YEARS; i++) {
            LocalDate due = day().toLocalDate();
            int state = random.nextInt(10);
            String status = state < 6 ? "DONE" : state < 9 ? "OPEN" : "CANCELLED";
            rows.add(new Object[] {UUID.randomUUID(), persons[random.nextInt(PERSONS)], Date.valueOf(due), status,
                    status.equals("DONE") ? outcomes[random.nextInt(outcomes.length)] : null,
                    status.equals("DONE") ? Date.valueOf(due.plusDays(random.nextInt(20))) : null, now, now});
        }
        batch("""
                INSERT INTO follow_up (id, person_id, kind, due_date, status, outcome, done_on, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, 'MONTH_3', ?, ?, ?, ?, ?, 'bench', ?, 'bench')""", rows);
        for (int i = 0; i < 1_000 * YEARS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), persons[random.nextInt(PERSONS)], day(), score(), score(), score(), score(), now});
        }
        batch("""
                INSERT INTO reintegration_assessment (id, person_id, assessed_on, method_version, answers, economic, social, psychosocial,
                  composite, created_at, created_by) VALUES (?, ?, ?, 'bench', '{}', ?, ?, ?, ?, ?, 'bench')""", rows);
        return project.toString();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
        rows.clear();
    }

    private Date day() {
        return Date.valueOf(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * YEARS)));
    }

    private Instant instant() {
        return Instant.parse("2000-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * YEARS) * 86_400L + random.nextInt(86_400));
    }

    private java.math.BigDecimal score() {
        return java.math.BigDecimal.valueOf(random.nextInt(10_001), 4);
    }
}
