package org.sira.psychosocial;

import org.sira.support.PostgresTest;

@PostgresTest
class NotesKeyRotationOnPostgresTest extends NotesKeyRotationContract {
}
