package org.sira.reintegration;

import org.sira.support.PostgresTest;

@PostgresTest
class ReintegrationOutcomesOnPostgresTest extends ReintegrationOutcomesContract {
}
