package org.sira.reports;

import org.sira.support.WebTest;

@WebTest
class ReturnTraitsTest extends ReturnTraitsContract {
}
