package org.sira.tabular.internal;

import org.sira.tabular.TabularFileException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches the text on its way to the CSV parser and stops a row that no spreadsheet could hold:
 * the parser keeps a whole record in memory, so one line of fifty million semicolons, or one cell
 * of fifty million characters, would exhaust the heap before any limit on cells could apply.
 */
public final class CsvShapeGuard extends FilterReader {

    /** Excel's own limit. */
    static final int MAX_FIELDS = 16_384;
    /** Far above any cell we keep (they are cut to the cell length limit), far below the heap. */
    static final int MAX_FIELD_CHARS = 1_000_000;

    private final char delimiter;
    private boolean quoted;
    private boolean afterCarriageReturn;
    private int fields = 1;
    private int fieldChars;
    private int row = 1;

    CsvShapeGuard(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            inspect((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            inspect(buffer[offset + i]);
        }
        return read;
    }

    private void inspect(char c) {
        boolean lineFeedOfCrLf = afterCarriageReturn && c == '\n';
        afterCarriageReturn = c == '\r';
        if (c == '"') {
            // An escaped quote ("") flips twice: the state is right again after it.
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            fieldChars = 0;
            if (++fields > MAX_FIELDS) {
                throw refused();
            }
            return;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (!lineFeedOfCrLf) {
                row++;
            }
            fields = 1;
            fieldChars = 0;
            return;
        }
        if (++fieldChars > MAX_FIELD_CHARS) {
            throw refused();
        }
    }

    private TabularFileException refused() {
        return new TabularFileException("import.file.rowTooLarge",
                Integer.toString(row), Integer.toString(MAX_FIELDS), Integer.toString(MAX_FIELD_CHARS));
    }
}
