package org.sira.casework;

import org.sira.support.PostgresTest;

@PostgresTest
class FollowUpsOnPostgresTest extends FollowUpsContract {
}
