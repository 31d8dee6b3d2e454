package org.sira.people.cells;

import java.util.List;

import org.sira.people.PersonInput;

/** A row refused, with every problem found in it (never none). */
public record RefusedRow<T>(int number, PersonInput written, List<RowProblem> problems) implements RowReading<T> {

    public RefusedRow {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused row has a problem");
        }
        problems = List.copyOf(problems);
    }
}
