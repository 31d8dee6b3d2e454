package org.sira.people.cells;

import java.util.List;

import org.sira.tabular.ImportField;

/**
 * One problem of a row, in the column it was found: a message key and its arguments, written in
 * the reader's language only when shown. {@code field} is null for a problem of no column Sira reads.
 */
public record RowProblem(ImportField field, String column, String code, List<Object> arguments) {

    public RowProblem {
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public RowProblem(ImportField field, String column, String code, Object... arguments) {
        this(field, column, code, List.of(arguments));
    }
}
