package org.sira.imports;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import as {@code api-v1.md} writes it: counts and the rows (every refused
 * row, and the accepted ones while the file is small). {@code imported} counts accepted rows;
 * {@code created}, {@code updated} and {@code unchanged} say what they did, so a re-import of
 * the same file shows that it created nothing. {@code validNotImported} counts the valid rows
 * that an all-or-nothing import left out because others were refused (an addition to api-v1).
 */
public record ImportReport(int imported, int rejected, int created, int updated, int unchanged, boolean written,
                           List<FileProblem> fileErrors, List<RowOutcome> rows, int validNotImported) {

    public ImportReport(int imported, int rejected, int created, int updated, int unchanged, boolean written,
                        List<FileProblem> fileErrors, List<RowOutcome> rows) {
        this(imported, rejected, created, updated, unchanged, written, fileErrors, rows, 0);
    }

    public enum Status { IMPORTED, REJECTED }

    /** What an accepted row did. */
    public enum Action { CREATED, UPDATED, UNCHANGED, RETURN_ADDED, SAME_AS_EARLIER_ROW, RETURN_REMOVED_EARLIER }

    public record RowOutcome(int row, Status status, Action action, UUID personId, List<Problem> errors) {
    }

    /** {@code field} is the API name of the column (e.g. {@code birth_date}); {@code column} its heading in the file. */
    public record Problem(String field, String column, String message) {
    }

    public record FileProblem(String code, String message) {
    }
}
