package org.sira.imports;

import org.sira.support.PostgresTest;

@PostgresTest
class PersonChangedDuringImportOnPostgresTest extends PersonChangedDuringImportContract {
}
