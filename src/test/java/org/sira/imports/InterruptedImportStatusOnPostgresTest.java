package org.sira.imports;

import org.sira.support.PostgresTest;

@PostgresTest
class InterruptedImportStatusOnPostgresTest extends InterruptedImportStatusContract {
}
