package org.sira.people.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sira.shared.jdbc.ForeignKeys;
import org.springframework.stereotype.Component;

/**
 * Name keys are derived from the person row and written only by {@link PersonStore} with it;
 * persons are never deleted. The foreign key made PostgreSQL check each of the two to three keys
 * of every imported person with a trigger, most of the cost of writing them.
 */
@Component
public class V013__people_name_keys_without_foreign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.drop(context.getConnection(), "person_name_key", "person_id");
    }
}
