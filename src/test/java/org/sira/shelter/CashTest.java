package org.sira.shelter;

import org.sira.support.WebTest;

@WebTest
class CashTest extends CashContract {
}
