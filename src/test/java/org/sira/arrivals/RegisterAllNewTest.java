package org.sira.arrivals;

import org.sira.support.WebTest;

@WebTest
class RegisterAllNewTest extends RegisterAllNewContract {
}
