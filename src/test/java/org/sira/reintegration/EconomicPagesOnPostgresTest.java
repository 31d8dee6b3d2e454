package org.sira.reintegration;

import org.sira.support.PostgresTest;

@PostgresTest
class EconomicPagesOnPostgresTest extends EconomicPagesContract {
}
