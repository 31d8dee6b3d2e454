package org.sira.imports.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.sira.imports.ImportReport;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.people.PersonMatching;

/**
 * Known persons a row that created a new person looks like, as the importer may see them: the same
 * engine as the person form (protected persons listed are audited as read). The created person itself
 * is not indexed before the import commits.
 */
final class RegistryLookAlikes implements BiFunction<ReadRow, UUID, List<ImportReport.LooksLike>> {

    private final PersonMatching matching;

    RegistryLookAlikes(PersonMatching matching) {
        this.matching = matching;
    }

    @Override
    public List<ImportReport.LooksLike> apply(ReadRow row, UUID created) {
        return matching.lookAlikes(row.person(), created).stream()
                .map(c -> new ImportReport.LooksLike(c.personId(), c.fileNumber(), c.score())).toList();
    }
}
