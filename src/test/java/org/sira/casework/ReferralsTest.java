package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class ReferralsTest extends ReferralsContract {
}
