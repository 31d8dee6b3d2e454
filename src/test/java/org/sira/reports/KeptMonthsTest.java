package org.sira.reports;

import org.sira.support.WebTest;

@WebTest
class KeptMonthsTest extends KeptMonthsContract {
}
