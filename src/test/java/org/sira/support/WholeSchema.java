package org.sira.support;

import org.flywaydb.core.api.migration.JavaMigration;
import org.sira.arrivals.internal.V012__arrivals_return_country_without_foreign_key;
import org.sira.arrivals.internal.V014__arrivals_no_duplicate_return_indexes;
import org.sira.people.internal.V013__people_name_keys_without_foreign_key;
import org.sira.reference.internal.V002__reference_load_data;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For a module test (which bootstraps one module's beans): the schema's Java migrations are beans
 * of the modules that own them, and without the others' the module's database would lack their
 * steps (the reference lists, dropped keys). Each module test runs on a database of its own, so
 * that no other test finds a schema built by a module test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WholeSchema {

    @Bean
    @ConditionalOnMissingBean(V002__reference_load_data.class)
    JavaMigration referenceLists() {
        return new V002__reference_load_data();
    }

    @Bean
    @ConditionalOnMissingBean(V012__arrivals_return_country_without_foreign_key.class)
    JavaMigration returnCountryWithoutForeignKey() {
        return new V012__arrivals_return_country_without_foreign_key();
    }

    @Bean
    @ConditionalOnMissingBean(V013__people_name_keys_without_foreign_key.class)
    JavaMigration nameKeysWithoutForeignKey() {
        return new V013__people_name_keys_without_foreign_key();
    }

    @Bean
    @ConditionalOnMissingBean(V014__arrivals_no_duplicate_return_indexes.class)
    JavaMigration noDuplicateReturnIndexes() {
        return new V014__arrivals_no_duplicate_return_indexes();
    }
}
