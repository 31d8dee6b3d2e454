package org.sira.reintegration;

import org.sira.support.WebTest;

@WebTest
class EconomicReintegrationTest extends EconomicReintegrationContract {
}
