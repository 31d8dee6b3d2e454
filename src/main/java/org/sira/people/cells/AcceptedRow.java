package org.sira.people.cells;

import org.sira.people.PersonInput;

/** A row that passed every check, read as {@code value}. */
public record AcceptedRow<T>(int number, PersonInput written, T value) implements RowReading<T> {
}
