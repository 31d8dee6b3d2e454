package org.sira.arrivals;

import org.sira.support.PostgresTest;

@PostgresTest
class ManifestRowCorrectionOnPostgresTest extends ManifestRowCorrectionContract {
}
