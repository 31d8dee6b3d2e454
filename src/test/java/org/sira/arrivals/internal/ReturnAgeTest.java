package org.sira.arrivals.internal;

import org.sira.support.WebTest;

@WebTest
class ReturnAgeTest extends ReturnAgeContract {
}
