package org.sira.imports;

import org.sira.support.WebTest;

@WebTest
class InterruptedImportStatusTest extends InterruptedImportStatusContract {
}
