package org.sira.arrivals;

import org.sira.support.PostgresTest;

@PostgresTest
class RegisterAllNewOnPostgresTest extends RegisterAllNewContract {
}
