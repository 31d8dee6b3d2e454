package org.sira.security.signin;

import org.sira.support.PostgresTest;

@PostgresTest
class TwoFactorSignInOnPostgresTest extends TwoFactorSignInContract {
}
