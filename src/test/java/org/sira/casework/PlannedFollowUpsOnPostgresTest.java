package org.sira.casework;

import org.sira.support.PostgresTest;

@PostgresTest
class PlannedFollowUpsOnPostgresTest extends PlannedFollowUpsContract {
}
