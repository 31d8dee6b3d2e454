package org.sira.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the assistance, casework and donor reports' dataset, written straight into the
 * tables (their dates lie in 1977, which no page could record today). See {@link ServiceReportsContract}.
 */
final class ServiceReportsDataset {

    private final JdbcClient jdbc;
    private final UUID centre = UUID.randomUUID();
    private final UUID room = UUID.randomUUID();

    ServiceReportsDataset(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES (:id, 'Rep centre 1977', :at, 'rep')")
                .param("id", centre).param("at", at("1977-01-01T00:00")).update();
        jdbc.sql("INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES (:id, :c, 'R1', 'FAMILY', :at, 'rep')")
                .param("id", room).param("c", centre).param("at", at("1977-01-01T00:00")).update();
    }

    static OffsetDateTime at(String localUtc) {
        return OffsetDateTime.parse(localUtc + ":00Z");
    }

    void stay(UUID person, String checkIn, String checkOut) {
        stay(person, at(checkIn), checkOut == null ? null : at(checkOut));
    }

    void stay(UUID person, OffsetDateTime checkIn, OffsetDateTime checkOut) {
        UUID bed = UUID.randomUUID();
        jdbc.sql("INSERT INTO shelter_bed (id, room_id, label, position) VALUES (:id, :r, :label, 0)")
                .param("id", bed).param("r", room).param("label", bed.toString().substring(0, 8)).update();
        jdbc.sql("""
                        INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, check_out, check_out_reason, open_bed_id,
                          open_person_id, checked_in_by, checked_out_by) VALUES (:id, :p, :b, :c, :in, :out, :reason, :ob, :op, 'rep', :by)""")
                .param("id", UUID.randomUUID()).param("p", person).param("b", bed).param("c", centre).param("in", checkIn)
                .param("out", checkOut, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("reason", checkOut == null ? null : "OTHER", java.sql.Types.VARCHAR)
                .param("ob", checkOut == null ? bed : null, java.sql.Types.OTHER).param("op", checkOut == null ? person : null, java.sql.Types.OTHER)
                .param("by", checkOut == null ? null : "rep", java.sql.Types.VARCHAR).update();
    }

    /** A return from Algeria written straight into the table (the API takes none before 1960), with the person's sex as Returns keeps it. */
    void ret(UUID person, String kind, String day, String point) {
        jdbc.sql("""
                        INSERT INTO person_return (id, person_id, return_kind, country_from, arrival_date, arrival_point, person_sex, created_at,
                          created_by, updated_at, updated_by) SELECT :id, p.id, :kind, 'DZ', :day, :point, p.sex, :at, 'rep', :at, 'rep'
                        FROM person p WHERE p.id = :p""")
                .param("id", UUID.randomUUID()).param("p", person).param("kind", kind).param("day", LocalDate.parse(day))
                .param("point", point).param("at", at(day + "T10:00")).update();
    }

    void given(UUID person, String item, int quantity, UUID line, String outcome, String day) {
        jdbc.sql("""
                        INSERT INTO shelter_assistance (id, distribution_id, centre_id, item_code, person_id, quantity, outcome, project_line_id,
                          given_at, given_by) VALUES (:id, :d, :c, :item, :p, :q, :outcome, :line, :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("d", UUID.randomUUID()).param("c", centre).param("item", item).param("p", person)
                .param("q", quantity).param("outcome", outcome).param("line", line, java.sql.Types.OTHER).param("at", at(day + "T10:00")).update();
    }

    void receipt(String item, long quantity, long unitCost, UUID line) {
        receipt(item, quantity, unitCost, line, "1977-01-01");
    }

    void receipt(String item, long quantity, long unitCost, UUID line, String day) {
        jdbc.sql("""
                        INSERT INTO shelter_stock_movement (id, centre_id, item_code, kind, quantity, unit_cost_xof, project_line_id, recorded_at,
                          recorded_by) VALUES (:id, :c, :item, 'RECEIPT', :q, :cost, :line, :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("c", centre).param("item", item).param("q", quantity).param("cost", unitCost)
                .param("line", line).param("at", at(day + "T09:00")).update();
    }

    void journey(UUID person, String status, String departure, long ticket, long money) {
        OffsetDateTime created = at(departure + "T08:00");
        jdbc.sql("""
                        INSERT INTO shelter_journey (id, person_id, centre_id, destination_region, transport_company, departure_date,
                          ticket_cost_xof, travel_money_xof, payment_mode, status, departed_at, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :p, :c, 'Kayes', 'Rep cars', :day, :ticket, :money, 'CASH', :status, :departed, :at, 'rep', :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("c", centre).param("day", LocalDate.parse(departure))
                .param("ticket", ticket).param("money", money).param("status", status)
                .param("departed", status.equals("PLANNED") ? null : created, java.sql.Types.TIMESTAMP_WITH_TIMEZONE).param("at", created).update();
    }

    void referral(UUID person, String partner, String status, String day) {
        jdbc.sql("""
                        INSERT INTO referral (id, person_id, partner, service, shares_data, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :p, :partner, 'soins', FALSE, :status, :at, 'rep', :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("partner", partner).param("status", status)
                .param("at", at(day + "T10:00")).update();
    }

    void followUp(UUID person, String due, String status, String outcome, String doneOn) {
        jdbc.sql("""
                        INSERT INTO follow_up (id, person_id, kind, due_date, status, outcome, done_on, created_at, created_by, updated_at,
                          updated_by) VALUES (:id, :p, 'AD_HOC', :due, :status, :outcome, :done, :at, 'rep', :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("due", LocalDate.parse(due)).param("status", status)
                .param("outcome", outcome, java.sql.Types.VARCHAR)
                .param("done", doneOn == null ? null : LocalDate.parse(doneOn), java.sql.Types.DATE)
                .param("at", at("1977-01-01T10:00")).update();
        // Written straight into the table, as Sira never does: no report may trust a month counted before.
        jdbc.sql("UPDATE follow_up_month SET changes = changes + 1").update();
    }

    void mediation(UUID person, String status, String outcome, String closedOn) {
        jdbc.sql("""
                        INSERT INTO mediation_case (id, person_id, kind, opened_on, status, outcome, closed_on, created_at, created_by,
                          updated_at, updated_by) VALUES (:id, :p, 'FAMILY', :opened, :status, :outcome, :closed, :at, 'rep', :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("opened", LocalDate.parse("1977-01-02"))
                .param("status", status).param("outcome", outcome).param("closed", closedOn == null ? null : LocalDate.parse(closedOn))
                .param("at", at("1977-01-02T10:00")).update();
    }

    void training(UUID person, String sector, String status, String endsOn) {
        jdbc.sql("""
                        INSERT INTO reintegration_training (id, person_id, sector, provider, starts_on, ends_on, status, created_at, created_by,
                          updated_at, updated_by) VALUES (:id, :p, :sector, 'Rep formations', :starts, :ends, :status, :at, 'rep', :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("sector", sector).param("starts", LocalDate.parse("1977-01-02"))
                .param("ends", LocalDate.parse(endsOn)).param("status", status).param("at", at("1977-01-02T10:00")).update();
    }

    void assessment(UUID person, String day, Double economic, Double social, Double psychosocial, Double composite) {
        jdbc.sql("""
                        INSERT INTO reintegration_assessment (id, person_id, assessed_on, method_version, answers, economic, social, psychosocial,
                          composite, created_at, created_by) VALUES (:id, :p, :day, 'rep-1', '{}', :e, :s, :ps, :c, :at, 'rep')""")
                .param("id", UUID.randomUUID()).param("p", person).param("day", LocalDate.parse(day))
                .param("e", decimal(economic), java.sql.Types.DECIMAL).param("s", decimal(social), java.sql.Types.DECIMAL)
                .param("ps", decimal(psychosocial), java.sql.Types.DECIMAL).param("c", decimal(composite), java.sql.Types.DECIMAL)
                .param("at", at(day + "T10:00")).update();
    }

    private static java.math.BigDecimal decimal(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value);
    }
}
