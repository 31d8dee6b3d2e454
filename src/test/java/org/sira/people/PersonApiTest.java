package org.sira.people;

import org.sira.support.WebTest;

@WebTest
class PersonApiTest extends PersonApiContract {
}
