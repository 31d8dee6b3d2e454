package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class CasePlansTest extends CasePlansContract {
}
