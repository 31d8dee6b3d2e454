package org.sira.reintegration;

import org.sira.support.WebTest;

@WebTest
class ReintegrationOutcomesTest extends ReintegrationOutcomesContract {
}
