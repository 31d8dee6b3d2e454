package org.sira.shelter;

import org.sira.support.PostgresTest;

@PostgresTest
class CashOnPostgresTest extends CashContract {
}
