package org.sira.casework;

import org.sira.support.WebTest;

@WebTest
class CaseworkPagesTest extends CaseworkPagesContract {
}
