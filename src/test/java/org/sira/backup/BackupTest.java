package org.sira.backup;

import org.sira.backup.internal.DatabaseTarget;
import org.sira.support.WebTest;

@WebTest
class BackupTest extends BackupContract {

    @Override
    DatabaseTarget freshTarget() throws Exception {
        return new DatabaseTarget("jdbc:h2:file:" + scratch().toAbsolutePath().resolve("data").resolve("sira"), "sa", "");
    }
}
