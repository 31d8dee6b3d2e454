package org.sira.security;

import org.sira.support.PostgresTest;

@PostgresTest
class ProtectedPersonCanaryOnPostgresTest extends ProtectedPersonCanaryContract {
}
