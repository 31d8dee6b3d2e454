package org.sira.arrivals.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.jdbc.ForeignKeys;
import org.springframework.stereotype.Component;

/**
 * The country a return comes from is checked against the reference list by every way in (forms,
 * API, imports), and countries are never deleted; the foreign key only cost every imported return
 * a look-up, and on H2 an index of its own that nothing read.
 */
@Component
public class V012__arrivals_return_country_without_foreign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.drop(context.getConnection(), "person_return", "country_from");
    }
}
