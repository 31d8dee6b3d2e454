package org.sira.programmes;

import org.sira.support.WebTest;

@WebTest
class ProgrammesTest extends ProgrammesContract {
}
