package org.sira.shelter;

import org.sira.support.WebTest;

@WebTest
class BedMoveTest extends BedMoveContract {
}
