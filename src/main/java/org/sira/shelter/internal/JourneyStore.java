package org.sira.shelter.internal;

import org.sira.shelter.Journeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.shelter.internal.Journey;
import org.sira.shelter.JourneyLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sira.shelter.internal.CentreStore.instant;
import static org.sira.shelter.internal.CentreStore.utc;

/** Journeys home, and the lists of them the pages show. */
@Repository
public class JourneyStore {

    private static final String LINE = """
            SELECT j.*, p.family_name, p.given_names, p.file_number FROM shelter_journey j JOIN person p ON p.id = j.person_id
            """;

    private final JdbcClient jdbc;

    JourneyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Journey j, OffsetDateTime at, String by) {
        Journey.Plan p = j.plan();
        jdbc.sql("""
                        INSERT INTO shelter_journey (id, person_id, centre_id, destination_region, destination_cercle, destination_commune,
                            destination_village, transport_company, departure_date, ticket_number, ticket_cost_xof, travel_money_xof,
                            payment_mode, payment_reference, escort, status, created_at, created_by, updated_at, updated_by, version)
                        VALUES (:id, :person, :centre, :region, :cercle, :commune, :village, :company, :date, :ticket, :cost, :money,
                            :mode, :reference, :escort, :status, :at, :by, :at, :by, 0)""")
                .param("id", j.id()).param("person", j.personId()).param("centre", j.centreId()).param("region", p.region())
                .param("cercle", p.cercle()).param("commune", p.commune()).param("village", p.village())
                .param("company", p.transportCompany()).param("date", p.departureDate()).param("ticket", p.ticketNumber())
                .param("cost", p.ticketCostXof()).param("money", p.travelMoneyXof()).param("mode", p.paymentMode().name())
                .param("reference", p.paymentReference()).param("escort", p.escort()).param("status", j.status().name())
                .param("at", at).param("by", by).update();
    }

    /** Saves the journey's progress if nobody changed it since it was read. */
    public boolean update(Journey j, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        UPDATE shelter_journey SET status = :status, departed_at = :departed, call_due = :due, call_done_at = :done,
                            call_result = :result, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", j.status().name()).param("departed", utc(j.departedAt())).param("due", j.callDue())
                .param("done", utc(j.callDoneAt())).param("result", j.callResult()).param("at", at).param("by", by)
                .param("id", j.id()).param("version", j.version()).update() == 1;
    }

    public Optional<Journey> find(UUID id) {
        return jdbc.sql("SELECT * FROM shelter_journey WHERE id = :id").param("id", id).query(JourneyStore::journey).optional();
    }

    /** The journeys booked from a centre still to leave or left lately, soonest first. */
    public List<JourneyLine> ofCentre(UUID centreId, LocalDate since, String visiblePerson) {
        return jdbc.sql(LINE + "WHERE j.centre_id = :c AND (j.status = 'PLANNED' OR j.departure_date >= :since) AND " + visiblePerson
                        + " ORDER BY j.departure_date, j.destination_region, p.family_name, j.id")
                .param("c", centreId).param("since", since).query(JourneyStore::line).list();
    }

    /** Departed journeys whose confirmation call is due by {@code day}, oldest first. */
    public List<JourneyLine> callsDue(LocalDate day, String visiblePerson) {
        return jdbc.sql(LINE + "WHERE j.status = 'DEPARTED' AND j.call_due <= :day AND " + visiblePerson
                        + " ORDER BY j.call_due, p.family_name, j.id")
                .param("day", day).query(JourneyStore::line).list();
    }

    private static JourneyLine line(ResultSet rs, int n) throws SQLException {
        return new JourneyLine(journey(rs, n), CentreStore.name(rs.getString("family_name"), rs.getString("given_names")),
                rs.getString("file_number"));
    }

    private static Journey journey(ResultSet rs, int n) throws SQLException {
        Journey.Plan plan = new Journey.Plan(rs.getString("destination_region"), rs.getString("destination_cercle"),
                rs.getString("destination_commune"), rs.getString("destination_village"), rs.getString("transport_company"),
                rs.getObject("departure_date", LocalDate.class), rs.getString("ticket_number"), rs.getLong("ticket_cost_xof"),
                rs.getLong("travel_money_xof"), Journey.PaymentMode.valueOf(rs.getString("payment_mode")),
                rs.getString("payment_reference"), rs.getString("escort"));
        Instant departed = instant(rs, "departed_at");
        return new Journey(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("centre_id", UUID.class),
                plan, Journey.Status.valueOf(rs.getString("status")), departed, rs.getObject("call_due", LocalDate.class),
                instant(rs, "call_done_at"), rs.getString("call_result"), rs.getInt("version"));
    }
}
