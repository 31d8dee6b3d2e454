package org.sira.arrivals.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.jdbc.ForeignKeys;
import org.springframework.stereotype.Component;

/**
 * On H2 the foreign keys of a return already index its person and its group, so the indexes V005
 * created for PostgreSQL (which needs them) were written twice for every return; PostgreSQL keeps its own.
 */
@Component
public class V014__arrivals_no_duplicate_return_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.dropIndexIfDuplicated(context.getConnection(), "person_return", "person_return_person");
        ForeignKeys.dropIndexIfDuplicated(context.getConnection(), "person_return", "person_return_group");
    }
}
