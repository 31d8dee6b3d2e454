package org.sira.bench;

import org.sira.support.PostgresTest;

/** {@link ServiceReportTimingsBase} on the local PostgreSQL (its own schema, wiped at start). */
@PostgresTest
class ServiceReportTimingsOnPostgres extends ServiceReportTimingsBase {
}
