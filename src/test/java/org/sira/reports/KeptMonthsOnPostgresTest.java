package org.sira.reports;

import org.sira.support.PostgresTest;

@PostgresTest
class KeptMonthsOnPostgresTest extends KeptMonthsContract {
}
