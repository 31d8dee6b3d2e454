package org.sira.psychosocial;

import org.sira.support.WebTest;

@WebTest
class PsychosocialNotesTest extends PsychosocialNotesContract {
}
