package org.sira.tabular.internal;

import org.sira.tabular.TabularRow;

import java.util.ArrayList;
import java.util.List;

/** The cells of a refused row as written back: one under each original heading, then the messages. */
public final class RejectedRowCells {

    private RejectedRowCells() {
    }

    /**
     * Cells past the last heading are left out: they had no heading, so nothing was read from them,
     * and a longer row would push the messages out from under their heading.
     */
    public static List<String> of(List<String> header, TabularRow row, List<String> errorMessages) {
        List<String> cells = new ArrayList<>(header.size() + 1);
        for (int i = 0; i < header.size(); i++) {
            cells.add(row.cell(i));
        }
        cells.add(String.join(" | ", errorMessages));
        return cells;
    }
}
