package org.sira.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sira.imports.ImportReport;
import org.sira.imports.internal.RowReader.ReadRow;

/**
 * What the written rows did, for the report: persons created, updated (each once, however many
 * of their rows changed them) and left unchanged, and each row's outcome while the file is small.
 */
public final class ImportCounts {

    /** Accepted rows are listed one by one only for files up to this size; refused rows always are. */
    public static final int LISTED_ACCEPTED_ROWS = 10_000;
    /** Rows creating a person that are compared with the registry for a "looks like" warning. */
    static final int LOOKED_AT_ROWS = 2_000;

    private final List<ImportReport.RowOutcome> outcomes = new ArrayList<>();
    private final Set<UUID> updatedPersons = new HashSet<>();
    private boolean listRows;
    int written;
    int created;
    int updated;
    int unchanged;

    public ImportCounts(boolean listRows) {
        this.listRows = listRows;
    }

    public int written() {
        return written;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public List<ImportReport.RowOutcome> outcomes() {
        return outcomes;
    }

    /** Counts a person changed by this import, once. */
    void personUpdated(UUID person) {
        if (updatedPersons.add(person)) {
            updated++;
        }
    }

    /** Known persons a row without reference that created a person looks like; nothing when not asked. */
    private java.util.function.BiFunction<ReadRow, UUID, List<ImportReport.LooksLike>> lookAlikes = (row, id) -> List.of();
    private int lookedAt;

    void lookAlikesBy(java.util.function.BiFunction<ReadRow, UUID, List<ImportReport.LooksLike>> finder) {
        this.lookAlikes = finder;
    }

    void record(ReadRow row, ImportReport.Action action, UUID personId) {
        if (listRows) {
            // Only a row without reference can be a known person under another name; a query each, so the first rows only.
            boolean look = action == ImportReport.Action.CREATED && row.externalRef() == null && lookedAt++ < LOOKED_AT_ROWS;
            outcomes.add(new ImportReport.RowOutcome(row.number(), ImportReport.Status.IMPORTED, action, personId, List.of(),
                    look ? lookAlikes.apply(row, personId) : List.of()));
            // The file's length was only an estimate (or unknown): a long file stops being listed here.
            if (outcomes.size() > LISTED_ACCEPTED_ROWS) {
                listRows = false;
                outcomes.clear();
            }
        }
    }
}
