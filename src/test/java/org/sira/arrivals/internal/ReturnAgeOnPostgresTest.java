package org.sira.arrivals.internal;

import org.sira.support.PostgresTest;

@PostgresTest
class ReturnAgeOnPostgresTest extends ReturnAgeContract {
}
