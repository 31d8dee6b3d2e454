package org.sira.reports;

import org.sira.support.PostgresTest;

@PostgresTest
class ServiceReportsOnPostgresTest extends ServiceReportsContract {
}
