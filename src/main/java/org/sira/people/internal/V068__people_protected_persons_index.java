package org.sira.people.internal;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Every list of records naming persons checks that none is protected ({@code PersonVisibility}):
 * PostgreSQL answered "which persons are protected" by reading all of them (a million for the week's
 * 60,000 calls). On PostgreSQL, an index of the protected persons alone (a handful, so an import
 * hardly pays for it); H2, which looks each person up by id, has no partial indexes and needs none.
 */
@Component
public class V068__people_protected_persons_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if ("PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName())) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("CREATE INDEX person_protected ON person (id) WHERE restricted");
            }
        }
    }
}
