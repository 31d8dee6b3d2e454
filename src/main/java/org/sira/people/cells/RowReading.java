package org.sira.people.cells;

import org.sira.people.PersonInput;

/**
 * What became of one row of a spreadsheet: accepted as a {@code T}, or refused with its problems.
 * Both keep the person's cells as the row wrote them ({@code written}), for whoever keeps refused
 * rows too (a manifest shows them).
 */
public sealed interface RowReading<T> permits AcceptedRow, RefusedRow {

    int number();

    PersonInput written();

}
