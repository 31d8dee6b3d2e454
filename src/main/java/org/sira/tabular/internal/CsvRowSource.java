package org.sira.tabular.internal;

import org.sira.tabular.TabularFileException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV records one at a time with Commons CSV. */
public final class CsvRowSource implements RowSource {

    private long expectedRows = -1;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int maxColumns;

    private CsvRowSource(CSVParser parser, int maxColumns) {
        this.parser = parser;
        this.records = parser.iterator();
        this.maxColumns = maxColumns;
    }

    public static CsvRowSource open(Path file, int maxColumns) throws IOException {
        CsvDialect dialect = CsvDialect.detect(file);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(dialect.delimiter())
                // Blank lines are kept as records so that record numbers stay the row numbers the
                // user sees when the file is opened in a spreadsheet; they are skipped later.
                .setIgnoreEmptyLines(false)
                // Text after a closing quote ("Koné" dit Awa) is kept rather than refused. A quote
                // never closed is not forgiven: it would silently swallow every following row
                // into one cell, so the file is refused with the row where it happens.
                .setTrailingData(true)
                .get();
        Reader reader = new CsvShapeGuard(dialect.openReader(file), dialect.delimiter());
        try {
            CsvRowSource source = new CsvRowSource(CSVParser.builder().setReader(reader).setFormat(format).get(), maxColumns);
            source.expectedRows = countLines(file);
            return source;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Line breaks in the file: a quoted cell may hold one, which only makes the estimate a little high. */
    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    @Override
    public long expectedRows() {
        return expectedRows;
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            int kept = Math.min(record.size(), maxColumns);
            List<String> cells = new ArrayList<>(kept);
            for (int i = 0; i < kept; i++) {
                cells.add(record.get(i));
            }
            boolean dropped = false;
            for (int i = kept; i < record.size() && !dropped; i++) {
                dropped = !record.get(i).isBlank();
            }
            return new RawRow(Math.toIntExact(record.getRecordNumber()), cells, dropped);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new TabularFileException("import.file.malformedCsv",
                    List.of(Long.toString(parser.getRecordNumber() + 1)), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
