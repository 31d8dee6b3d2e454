package org.sira.casework;

import org.sira.support.PostgresTest;

@PostgresTest
class CasePlansOnPostgresTest extends CasePlansContract {
}
