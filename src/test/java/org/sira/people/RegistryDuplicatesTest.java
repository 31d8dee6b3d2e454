package org.sira.people;

import org.sira.support.WebTest;

@WebTest
class RegistryDuplicatesTest extends RegistryDuplicatesContract {
}
