package org.sira.shelter.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.shared.Paging;
import org.sira.shelter.StockCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sira.shelter.internal.CentreStore.instant;

/**
 * The stock card of an item: its movements oldest first, each with the running balance, summed by
 * the database over the whole history so that any page of it shows the true balance after each line.
 */
@Repository
public class StockCards {

    private final JdbcClient jdbc;

    StockCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(UUID centreId, String item) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_stock_movement WHERE centre_id = :c AND item_code = :i")
                .param("c", centreId).param("i", item).query(Long.class).single();
    }

    public List<StockCard.Line> lines(UUID centreId, String item, Paging paging) {
        return jdbc.sql("""
                        SELECT id, recorded_at, kind, quantity, reason, note, unit_cost_xof, project_line_id, distribution_id, recorded_by,
                               SUM(quantity) OVER (ORDER BY recorded_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS after
                        FROM shelter_stock_movement WHERE centre_id = :c AND item_code = :i
                        ORDER BY recorded_at, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""")
                .param("c", centreId).param("i", item).param("offset", paging.offset()).param("size", paging.size())
                .query((rs, n) -> new StockCard.Line(rs.getObject("id", UUID.class), instant(rs, "recorded_at"), rs.getString("kind"),
                        rs.getLong("quantity"), rs.getString("reason"), rs.getString("note"),
                        rs.getObject("unit_cost_xof") == null ? null : rs.getLong("unit_cost_xof"),
                        rs.getObject("project_line_id", UUID.class), rs.getObject("distribution_id", UUID.class),
                        rs.getString("recorded_by"), rs.getLong("after"))).list();
    }

    /** An adjustment as it was recorded, for answering a request sent again. */
    public Optional<Adjustment> adjustment(UUID id) {
        return jdbc.sql("SELECT centre_id, item_code, reason, quantity FROM shelter_stock_movement WHERE id = :id AND kind = 'ADJUSTMENT'")
                .param("id", id).query((rs, n) -> new Adjustment(id, rs.getObject("centre_id", UUID.class), rs.getString("item_code"),
                        rs.getString("reason"), rs.getLong("quantity"))).optional();
    }

    public record Adjustment(UUID id, UUID centreId, String item, String reason, long change) {
    }
}
