package org.sira.people;

import org.sira.support.PostgresTest;

@PostgresTest
class RegistryDuplicatesOnPostgresTest extends RegistryDuplicatesContract {
}
