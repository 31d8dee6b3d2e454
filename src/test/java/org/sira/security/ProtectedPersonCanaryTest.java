package org.sira.security;

import org.sira.support.WebTest;

@WebTest
class ProtectedPersonCanaryTest extends ProtectedPersonCanaryContract {
}
