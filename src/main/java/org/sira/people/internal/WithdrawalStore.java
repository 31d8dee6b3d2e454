package org.sira.people.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Voids persons registered in error; the record stays, out of every list and search. */
@Repository
public class WithdrawalStore {

    private final JdbcClient jdbc;

    WithdrawalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Voids those of {@code ids} not voided yet; returns how many. */
    public int voidAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE person SET voided = TRUE, version = version + 1 WHERE id IN (:ids) AND voided = FALSE AND merged_into IS NULL")
                .param("ids", ids).update();
    }
}
