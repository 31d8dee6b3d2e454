package org.sira.shelter;

import org.sira.support.WebTest;

@WebTest
class StockAdjustmentTest extends StockAdjustmentContract {
}
