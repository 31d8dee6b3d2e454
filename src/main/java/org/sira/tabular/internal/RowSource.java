package org.sira.tabular.internal;

import java.io.Closeable;
import java.io.IOException;

/** Rows pulled one at a time from a file, so that no file is ever held whole in memory. */
public interface RowSource extends Closeable {

    /** The next row, blank or not, or {@code null} at the end of the sheet. */
    RawRow next() throws IOException;

    /** About how many rows (header included) the file holds, for progress bars; -1 when unknown. */
    default long expectedRows() {
        return -1;
    }
}
