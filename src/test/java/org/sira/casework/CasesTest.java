package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class CasesTest extends CasesContract {
}
