package org.sira.shelter;

import org.sira.support.PostgresTest;

@PostgresTest
class StockAdjustmentOnPostgresTest extends StockAdjustmentContract {
}
