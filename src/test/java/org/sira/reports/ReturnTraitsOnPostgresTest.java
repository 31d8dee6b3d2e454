package org.sira.reports;

import org.sira.support.PostgresTest;

@PostgresTest
class ReturnTraitsOnPostgresTest extends ReturnTraitsContract {
}
