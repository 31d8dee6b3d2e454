package org.sira.imports;

import org.sira.support.WebTest;

@WebTest
class PersonChangedDuringImportTest extends PersonChangedDuringImportContract {
}
