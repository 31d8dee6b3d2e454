package org.sira.imports.internal;

import java.util.UUID;

/** Someone saved a person of the file while the import was writing them: the import is rolled back whole. */
public final class ConcurrentPersonChange extends RuntimeException {

    public ConcurrentPersonChange(UUID person) {
        super("person " + person + " changed during the import", null, false, false);
    }
}
