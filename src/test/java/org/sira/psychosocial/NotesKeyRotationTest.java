package org.sira.psychosocial;

import org.sira.support.WebTest;

@WebTest
class NotesKeyRotationTest extends NotesKeyRotationContract {
}
