package org.sira.security.signin;

import org.sira.support.WebTest;

@WebTest
class TwoFactorSignInTest extends TwoFactorSignInContract {
}
