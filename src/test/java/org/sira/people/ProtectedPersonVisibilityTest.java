package org.sira.people;

import org.sira.support.WebTest;

@WebTest
class ProtectedPersonVisibilityTest extends ProtectedPersonVisibilityContract {
}
