package org.sira.arrivals.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * One row per month of arrival from 1960 (the earliest an arrival can be read) to 2099, counting
 * the transactions that changed its returns ({@link ReturnMonths}). Written out in advance so that
 * two first returns of a new month never race to insert its row; a month outside is never trusted
 * by the reports' monthly counts, only counted from the returns.
 */
@Component
public class V084__arrivals_return_months extends BaseJavaMigration {

    static final LocalDate FIRST = LocalDate.of(1960, 1, 1);
    static final LocalDate LAST = LocalDate.of(2099, 12, 1);

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement create = context.getConnection().createStatement()) {
            create.execute("CREATE TABLE return_month (arrival_month DATE NOT NULL PRIMARY KEY, changes BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO return_month (arrival_month, changes) VALUES (?, 0)")) {
            for (LocalDate month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
                insert.setDate(1, Date.valueOf(month));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
