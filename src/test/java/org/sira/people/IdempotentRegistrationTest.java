package org.sira.people;

import org.sira.support.WebTest;

@WebTest
class IdempotentRegistrationTest extends IdempotentRegistrationContract {
}
