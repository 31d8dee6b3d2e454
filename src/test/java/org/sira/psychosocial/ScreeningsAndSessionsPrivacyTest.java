package org.sira.psychosocial;

import org.sira.support.WebTest;

@WebTest
class ScreeningsAndSessionsPrivacyTest extends ScreeningsAndSessionsPrivacyContract {
}
