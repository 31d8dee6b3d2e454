package org.sira.casework.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.jdbc.MonthChanges;
import org.springframework.stereotype.Component;

/** The transactions that changed each month of follow-ups due or done ({@link FollowUpMonths}), 1960 to 2099. */
@Component
public class V086__casework_follow_up_months extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        MonthChanges.create(context.getConnection(), FollowUpMonths.TABLE);
    }
}
