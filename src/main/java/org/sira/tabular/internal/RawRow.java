package org.sira.tabular.internal;

import java.util.List;

/**
 * A row as a reader found it, before the cell length limit is applied.
 *
 * @param cells         at most {@link TabularLimits#maxColumns()} cells
 * @param droppedValues whether non-blank cells past that limit were left out
 * @param formulasWithoutValue columns (0-based) of formulas saved without a computed value, which
 *                             are read as empty because formulas are never evaluated here
 */
public record RawRow(int number, List<String> cells, boolean droppedValues, List<Integer> formulasWithoutValue) {

    RawRow(int number, List<String> cells, boolean droppedValues) {
        this(number, cells, droppedValues, List.of());
    }
}
