package org.sira.tabular;

/** Reads one kind of cell. A blank cell is {@link Parsed#blank()}, never an error: whether a field is required is decided elsewhere. */
@FunctionalInterface
public interface CellParser<T> {

    Parsed<T> parse(String cell);
}
