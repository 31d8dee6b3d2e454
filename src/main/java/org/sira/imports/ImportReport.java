package org.sira.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

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

    /**
     * {@code looksLike}: known persons a row that created a new person looks like (same engine as the
     * person form; never blocking, only persons the importer may see): an addition to api-v1.
     */
    public record RowOutcome(int row, Status status, Action action, UUID personId, List<Problem> errors, List<LooksLike> looksLike) {

        public RowOutcome {
            looksLike = looksLike == null ? List.of() : List.copyOf(looksLike);
        }

        public RowOutcome(int row, Status status, Action action, UUID personId, List<Problem> errors) {
            this(row, status, action, personId, errors, List.of());
        }
    }

    /** A known person a created row looks like: "ressemble à SIR-…". */
    public record LooksLike(UUID personId, String fileNumber, double score) {
    }

    /**
     * {@code field} is the API name of the column (e.g. {@code birth_date}); {@code column} its
     * heading in the file. {@code code} and {@code arguments} let the message be written again in
     * the language of whoever reads the report later (null in reports stored before they were kept).
     */
    public record Problem(String field, String column, String message, String code, List<Object> arguments) {

        public Problem {
            arguments = arguments == null ? null : Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    public record FileProblem(String code, String message, List<Object> arguments) {

        public FileProblem {
            arguments = arguments == null ? null : Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    /** The same report with the rows naming one of these persons no longer naming anybody. */
    public ImportReport withoutPersons(java.util.Set<UUID> hidden) {
        if (hidden.isEmpty()) {
            return this;
        }
        List<RowOutcome> outcomes = rows.stream().map(row -> new RowOutcome(row.row(), row.status(), row.action(),
                row.personId() == null || hidden.contains(row.personId()) ? null : row.personId(), row.errors(),
                row.looksLike().stream().filter(l -> !hidden.contains(l.personId())).toList())).toList();
        return new ImportReport(imported, rejected, created, updated, unchanged, written, fileErrors, outcomes, validNotImported);
    }

    /** The same report with every message written again by {@code message} (from its code and arguments). */
    public ImportReport writtenBy(BiFunction<String, Object[], String> message) {
        List<FileProblem> files = fileErrors.stream().map(p -> p.code() == null || p.arguments() == null ? p
                : new FileProblem(p.code(), message.apply(p.code(), p.arguments().toArray()), p.arguments())).toList();
        List<RowOutcome> outcomes = rows.stream().map(row -> row.errors() == null || row.errors().isEmpty() ? row
                : new RowOutcome(row.row(), row.status(), row.action(), row.personId(), row.errors().stream()
                        .map(p -> p.code() == null || p.arguments() == null ? p
                                : new Problem(p.field(), p.column(), message.apply(p.code(), p.arguments().toArray()), p.code(), p.arguments()))
                        .toList(), row.looksLike()))
                .toList();
        return new ImportReport(imported, rejected, created, updated, unchanged, written, files, outcomes, validNotImported);
    }
}
