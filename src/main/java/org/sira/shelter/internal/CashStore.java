package org.sira.shelter.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.shared.Ids;
import org.sira.shared.jdbc.BulkInsert;
import org.sira.shelter.CashHandout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sira.shelter.internal.CentreStore.instant;
import static org.sira.shelter.internal.CentreStore.utc;

/** Cash handed out: one row per action, one per person who received it. */
@Repository
public class CashStore {

    private static final List<String> COLUMNS = List.of("id", "distribution_id", "person_id", "amount_xof");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    CashStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void insert(CashHandout cash) {
        jdbc.sql("""
                        INSERT INTO shelter_cash_distribution (id, centre_id, amount_each_xof, payment_mode, transaction_reference,
                                                               purpose, project_line_id, given_at, given_by, version)
                        VALUES (:id, :centre, :amount, :mode, :reference, :purpose, :line, :at, :by, 0)""")
                .param("id", cash.id()).param("centre", cash.centreId()).param("amount", cash.amountEachXof())
                .param("mode", cash.paymentMode().name()).param("reference", cash.transactionReference())
                .param("purpose", cash.purpose()).param("line", cash.projectLineId()).param("at", utc(cash.givenAt()))
                .param("by", cash.givenBy()).update();
        List<Object[]> rows = new ArrayList<>();
        cash.given().forEach(person -> rows.add(new Object[] {Ids.newId(), cash.id(), person, cash.amountEachXof()}));
        bulk.into("shelter_cash_assistance", COLUMNS, rows);
    }

    public Optional<CashHandout> find(UUID id) {
        List<UUID> persons = jdbc.sql("SELECT person_id FROM shelter_cash_assistance WHERE distribution_id = :d ORDER BY id")
                .param("d", id).query(UUID.class).list();
        return jdbc.sql("SELECT * FROM shelter_cash_distribution WHERE id = :id").param("id", id)
                .query((rs, n) -> {
                    long each = rs.getLong("amount_each_xof");
                    Instant at = instant(rs, "given_at");
                    return new CashHandout(id, rs.getObject("centre_id", UUID.class), each,
                            Journey.PaymentMode.valueOf(rs.getString("payment_mode")), rs.getString("transaction_reference"),
                            rs.getObject("project_line_id", UUID.class), rs.getString("purpose"), persons, each * persons.size(), at,
                            rs.getString("given_by"), false);
                }).optional();
    }
}
