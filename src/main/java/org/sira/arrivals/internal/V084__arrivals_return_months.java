package org.sira.arrivals.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.jdbc.MonthChanges;
import org.springframework.stereotype.Component;

/** The transactions that changed each month of arrivals' returns ({@link ReturnMonths}), 1960 to 2099. */
@Component
public class V084__arrivals_return_months extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        MonthChanges.create(context.getConnection(), ReturnMonths.TABLE);
    }
}
