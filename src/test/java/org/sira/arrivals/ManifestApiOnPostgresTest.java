package org.sira.arrivals;

import org.sira.support.PostgresTest;

@PostgresTest
class ManifestApiOnPostgresTest extends ManifestApiContract {
}
