package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class FollowUpsTest extends FollowUpsContract {
}
