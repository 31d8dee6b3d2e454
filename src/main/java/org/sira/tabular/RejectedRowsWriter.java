package org.sira.tabular;


import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the refused rows of an import back as a spreadsheet the user can correct and import
 * again: the original columns, then one column with what was wrong. The messages are already in
 * the user's language; so is the heading of that column ({@code erreurs} / {@code errors}).
 *
 * <p>{@link #close()} finishes the file but leaves the output stream open (it is usually an HTTP
 * response).
 */
public sealed interface RejectedRowsWriter extends AutoCloseable permits CsvRejectedRowsWriter, XlsxRejectedRowsWriter {

    /** CSV in UTF-8 with a byte order mark and semicolons, as Excel in French opens it on a double click. */
    static RejectedRowsWriter csv(OutputStream out, List<String> header, String errorsHeading) throws IOException {
        return new CsvRejectedRowsWriter(out, header, errorsHeading, ';');
    }

    static RejectedRowsWriter csv(OutputStream out, List<String> header, String errorsHeading, char delimiter)
            throws IOException {
        return new CsvRejectedRowsWriter(out, header, errorsHeading, delimiter);
    }

    /** XLSX written in a stream (a window of rows in memory), every cell as text. */
    static RejectedRowsWriter xlsx(OutputStream out, List<String> header, String errorsHeading, String sheetName) {
        return new XlsxRejectedRowsWriter(out, header, errorsHeading, sheetName);
    }

    /** Adds a row: its cells under the original headings, the messages in the last column. */
    void write(TabularRow row, List<String> errorMessages) throws IOException;

    @Override
    void close() throws IOException;
}
