package org.sira.programmes;

import org.sira.support.PostgresTest;

@PostgresTest
class ProgrammesOnPostgresTest extends ProgrammesContract {
}
