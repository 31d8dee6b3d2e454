package org.sira.psychosocial.internal;

import java.util.List;
import java.util.UUID;

import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's rows of one psychosocial table (notes, sessions, screenings), a page at a time with their total. */
public final class PersonRecords {

    private PersonRecords() {
    }

    /**
     * @param select the table's {@code SELECT … FROM table}, to which the person's condition is added
     * @param order  the columns the rows are listed by, oldest first
     */
    public static <T> PageOf<T> page(JdbcClient jdbc, String select, String table, String order, UUID personId, Paging paging,
                                     RowMapper<T> rows) {
        List<T> items = jdbc.sql(select + " WHERE person_id = :person ORDER BY " + order + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("person", personId).param("offset", paging.offset()).param("size", paging.size()).query(rows).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = :person").param("person", personId)
                .query(Long.class).single();
        return new PageOf<>(items, total, paging.page(), paging.size());
    }
}
