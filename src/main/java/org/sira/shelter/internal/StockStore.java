package org.sira.shelter.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.shelter.Item;
import org.sira.shelter.internal.StockLine;
import org.sira.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items, balances and their movements. A balance changes only under a lock of its row (or of its
 * centre's, for the first receipt of an item), and the table's CHECK refuses any balance below zero.
 */
@Repository
public class StockStore {

    private final JdbcClient jdbc;

    StockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> items() {
        return jdbc.sql("SELECT code, label_fr, label_en, default_low_threshold FROM shelter_item ORDER BY code")
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    public Optional<Item> item(String code) {
        return jdbc.sql("SELECT code, label_fr, label_en, default_low_threshold FROM shelter_item WHERE code = :c").param("c", code)
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }

    /** Waits for any other change of this centre's stock rows to end (the first receipt of an item creates its row). */
    public void lockCentre(UUID centreId) {
        jdbc.sql("SELECT id FROM shelter_centre WHERE id = :c FOR UPDATE").param("c", centreId).query(UUID.class).optional();
    }

    /** The balance, locked until the end of the transaction; empty when the item never came in. */
    public Optional<Long> lockBalance(UUID centreId, String item) {
        return jdbc.sql("SELECT balance FROM shelter_stock WHERE centre_id = :c AND item_code = :i FOR UPDATE")
                .param("c", centreId).param("i", item).query(Long.class).optional();
    }

    public void add(UUID centreId, Item item, long quantity) {
        int updated = jdbc.sql("UPDATE shelter_stock SET balance = balance + :q WHERE centre_id = :c AND item_code = :i")
                .param("q", quantity).param("c", centreId).param("i", item.code()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO shelter_stock (centre_id, item_code, balance, low_threshold) VALUES (:c, :i, :q, :t)")
                    .param("c", centreId).param("i", item.code()).param("q", quantity).param("t", item.defaultLowThreshold()).update();
        }
    }

    /** Takes {@code quantity} out, only if that much is there. */
    public boolean take(UUID centreId, String item, long quantity) {
        return jdbc.sql("UPDATE shelter_stock SET balance = balance - :q WHERE centre_id = :c AND item_code = :i AND balance >= :q")
                .param("q", quantity).param("c", centreId).param("i", item).update() == 1;
    }

    public void setThreshold(UUID centreId, Item item, int threshold) {
        lockCentre(centreId);
        if (jdbc.sql("UPDATE shelter_stock SET low_threshold = :t WHERE centre_id = :c AND item_code = :i")
                .param("t", threshold).param("c", centreId).param("i", item.code()).update() == 0) {
            jdbc.sql("INSERT INTO shelter_stock (centre_id, item_code, balance, low_threshold) VALUES (:c, :i, 0, :t)")
                    .param("c", centreId).param("i", item.code()).param("t", threshold).update();
        }
    }

    public List<StockLine> balances(UUID centreId) {
        return jdbc.sql("SELECT item_code, balance, low_threshold FROM shelter_stock WHERE centre_id = :c ORDER BY item_code")
                .param("c", centreId).query((rs, n) -> StockLine.of(rs.getString(1), rs.getLong(2), rs.getInt(3))).list();
    }

    /** The balance line of an item in a centre, empty when the item never came in nor had a threshold set. */
    public Optional<StockLine> line(UUID centreId, String item) {
        return jdbc.sql("SELECT item_code, balance, low_threshold FROM shelter_stock WHERE centre_id = :c AND item_code = :i")
                .param("c", centreId).param("i", item).query((rs, n) -> StockLine.of(rs.getString(1), rs.getLong(2), rs.getInt(3)))
                .optional();
    }

    public record Movement(UUID centreId, String item, String kind, long quantity, Long unitCostXof, UUID projectLineId,
                           UUID distributionId, String reason, String note, OffsetDateTime at, String by) {
    }

    public UUID record(Movement m) {
        return record(Ids.newId(), m);
    }

    public UUID record(UUID id, Movement m) {
        jdbc.sql("""
                        INSERT INTO shelter_stock_movement (id, centre_id, item_code, kind, quantity, unit_cost_xof, project_line_id,
                                                            distribution_id, reason, note, recorded_at, recorded_by)
                        VALUES (:id, :c, :i, :kind, :q, :cost, :line, :d, :reason, :note, :at, :by)""")
                .param("id", id).param("c", m.centreId()).param("i", m.item()).param("kind", m.kind()).param("q", m.quantity())
                .param("cost", m.unitCostXof()).param("line", m.projectLineId()).param("d", m.distributionId())
                .param("reason", m.reason()).param("note", m.note()).param("at", m.at()).param("by", m.by()).update();
        return id;
    }

    /** Of these persons, those that exist and pass {@code visiblePerson} (a condition on {@code p}). */
    public List<UUID> knownPersons(List<UUID> ids, String visiblePerson) {
        return jdbc.sql("SELECT p.id FROM person p WHERE p.id IN (:ids) AND " + visiblePerson).param("ids", ids)
                .query(UUID.class).list();
    }
}
