package org.sira.tabular;

import java.util.List;

/**
 * One data row of a spreadsheet.
 *
 * @param number the row number the user sees in the spreadsheet (the header is usually row 1)
 * @param cells  the cells as text, in column order, as written (not trimmed)
 * @param errors what is wrong with the row as read (a cell too long...), before any field is parsed
 */
public record TabularRow(int number, List<String> cells, List<ImportError> errors) {

    public TabularRow {
        cells = List.copyOf(cells);
        errors = List.copyOf(errors);
    }

    /** The cell at this column (0-based), {@code ""} past the last cell of the row. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
