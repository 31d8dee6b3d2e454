package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class PlannedFollowUpsTest extends PlannedFollowUpsContract {
}
