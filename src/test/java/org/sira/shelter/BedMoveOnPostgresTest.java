package org.sira.shelter;

import org.sira.support.PostgresTest;

@PostgresTest
class BedMoveOnPostgresTest extends BedMoveContract {
}
