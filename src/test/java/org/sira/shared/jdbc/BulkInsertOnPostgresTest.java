package org.sira.shared.jdbc;

import org.sira.support.PostgresTest;

@PostgresTest
class BulkInsertOnPostgresTest extends BulkInsertContract {
}
