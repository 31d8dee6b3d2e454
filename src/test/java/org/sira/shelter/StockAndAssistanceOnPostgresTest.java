package org.sira.shelter;

import org.sira.support.PostgresTest;

@PostgresTest
class StockAndAssistanceOnPostgresTest extends StockAndAssistanceContract {
}
