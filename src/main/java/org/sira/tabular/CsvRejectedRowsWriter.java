package org.sira.tabular;

import org.sira.tabular.internal.FormulaInjectionGuard;
import org.sira.tabular.internal.RejectedRowCells;


import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Refused rows as CSV, every cell guarded against formula injection. */
final class CsvRejectedRowsWriter implements RejectedRowsWriter {

    /** Without it Excel reads UTF-8 as Windows-1252 and "Koné" becomes "KonÃ©". */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final Writer writer;
    private final CSVPrinter printer;

    CsvRejectedRowsWriter(OutputStream out, List<String> header, String errorsHeading, char delimiter) throws IOException {
        this.header = List.copyOf(header);
        out.write(UTF8_BOM);
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).get();
        this.printer = new CSVPrinter(writer, format);
        List<String> headings = new ArrayList<>(this.header);
        headings.add(errorsHeading);
        printGuarded(headings);
    }

    @Override
    public void write(TabularRow row, List<String> errorMessages) throws IOException {
        List<String> cells = RejectedRowCells.of(header, row, errorMessages);
        printGuarded(cells);
    }

    private void printGuarded(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(FormulaInjectionGuard.neutralise(cell));
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        // flush, not close: the stream belongs to the caller
        printer.flush();
        writer.flush();
    }
}
