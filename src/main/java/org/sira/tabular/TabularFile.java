package org.sira.tabular;

import org.sira.tabular.internal.CsvRowSource;
import org.sira.tabular.internal.FileTypeDetection;
import org.sira.tabular.internal.RawRow;
import org.sira.tabular.internal.RowSource;
import org.sira.tabular.internal.TabularFormat;
import org.sira.tabular.internal.XlsxRowSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A CSV or XLSX file read as one header row followed by rows of text, streamed so that a file of a
 * million rows never sits in memory. Blank rows are skipped; row numbers are the ones the user
 * sees in a spreadsheet program, so that "row 12" in an error means the same thing to everyone.
 *
 * <pre>{@code
 * try (TabularFile file = TabularFile.open(upload, TabularLimits.defaults())) {
 *     HeaderMapping columns = HeaderMatcher.match(file.header());
 *     file.rows().forEach(row -> ...);
 * }
 * }</pre>
 *
 * Not thread-safe; the rows can be iterated once.
 */
public final class TabularFile implements AutoCloseable {

    private final TabularFormat format;
    private final RowSource source;
    private final TabularLimits limits;
    private final List<String> header;
    private final int headerRowNumber;
    private TabularRow pending;
    private boolean iterated;

    private TabularFile(TabularFormat format, RowSource source, TabularLimits limits) throws IOException {
        this.format = format;
        this.source = source;
        this.limits = limits;
        RawRow first = nextNonBlank();
        if (first == null) {
            throw new TabularFileException("import.file.empty");
        }
        first = headingsBelowTitles(first);
        this.header = first.cells().stream().map(String::strip).toList();
        this.headerRowNumber = first.number();
        // Reading one row ahead lets a file with a header and nothing else be refused up front.
        this.pending = nextRow();
        if (pending == null) {
            throw new TabularFileException("import.file.noRows");
        }
    }

    /**
     * Opens a file, recognising CSV or XLSX from its content whatever its name.
     *
     * @throws TabularFileException when the file is too large, empty, has no data row, or is not a
     *                              spreadsheet we can read (old .xls, PDF, image, ...)
     */
    public static TabularFile open(Path file, TabularLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new TabularFileException("import.file.tooLarge",
                        megabytes(size), megabytes(limits.maxFileBytes()));
            }
            TabularFormat format = FileTypeDetection.detect(file);
            RowSource source = format == TabularFormat.XLSX
                    ? XlsxRowSource.open(file, limits)
                    : CsvRowSource.open(file, limits.maxColumns());
            try {
                return new TabularFile(format, source, limits);
            } catch (IOException | RuntimeException e) {
                source.close();
                throw e;
            }
        } catch (IOException e) {
            throw new TabularFileException("import.file.unreadable", List.of(), e);
        }
    }

    public static TabularFile open(Path file) {
        return open(file, TabularLimits.defaults());
    }

    public TabularFormat format() {
        return format;
    }

    /** The column headings as written (surrounding spaces removed), in column order. */
    public List<String> header() {
        return header;
    }

    /** About how many data rows follow the header (for a progress bar), or -1 when the file does not say. */
    public long expectedRows() {
        long rows = source.expectedRows();
        return rows < 0 ? -1 : Math.max(0, rows - headerRowNumber);
    }

    public int headerRowNumber() {
        return headerRowNumber;
    }

    /**
     * The data rows, read as the stream is consumed.
     *
     * @throws IllegalStateException when called a second time
     * @throws TabularFileException  from the stream when the file turns out damaged part way
     */
    public Stream<TabularRow> rows() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The data rows as an iterator; see {@link #rows()}. */
    public Iterator<TabularRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of a tabular file can be read once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public TabularRow next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                TabularRow row = pending;
                try {
                    pending = nextRow();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return row;
            }
        };
    }

    private TabularRow nextRow() throws IOException {
        RawRow raw = nextNonBlank();
        return raw == null ? null : withinLimits(raw);
    }

    /**
     * A title above the headings ("Liste des retours 2019 – Association", in one cell and naming
     * no column Sira knows) is passed over when a row of known headings follows it; otherwise the
     * first row stays the header, as api-v1 says, and the rows read ahead are given back.
     */
    private RawRow headingsBelowTitles(RawRow first) throws IOException {
        if (!isTitle(first)) {
            return first;
        }
        List<RawRow> titles = new ArrayList<>(List.of(first));
        RawRow next = nextNonBlank();
        while (next != null && isTitle(next) && titles.size() < MAX_TITLE_ROWS) {
            titles.add(next);
            next = nextNonBlank();
        }
        if (next != null && !HeaderMatcher.match(next.cells()).columns().isEmpty()) {
            return next;
        }
        readAhead.addAll(titles.subList(1, titles.size()));
        if (next != null) {
            readAhead.add(next);
        }
        return first;
    }

    private static final int MAX_TITLE_ROWS = 3;

    private static boolean isTitle(RawRow row) {
        List<String> values = row.cells().stream().filter(cell -> !cell.isBlank()).toList();
        return values.size() == 1 && HeaderMatcher.match(values).columns().isEmpty();
    }

    /** Rows read while looking for the headings, to be read again. */
    private final ArrayDeque<RawRow> readAhead = new ArrayDeque<>();

    private RawRow nextNonBlank() throws IOException {
        if (!readAhead.isEmpty()) {
            return readAhead.poll();
        }
        RawRow row = source.next();
        while (row != null && isBlank(row)) {
            row = source.next();
        }
        return row;
    }

    private static boolean isBlank(RawRow row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return !row.droppedValues() && row.formulasWithoutValue().isEmpty();
    }

    /**
     * Cuts cells to the maximum length rather than failing: a pasted paragraph in a name column is
     * a mistake to point out on that row, not a reason to refuse the file.
     */
    private TabularRow withinLimits(RawRow raw) {
        List<ImportError> errors = new ArrayList<>(0);
        List<String> cells = raw.cells();
        List<String> kept = cells;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > limits.maxCellLength()) {
                if (kept == cells) {
                    kept = new ArrayList<>(cells);
                }
                kept.set(i, cell.substring(0, limits.maxCellLength()));
                errors.add(ImportError.ofColumn(columnName(i), "import.cell.tooLong",
                        Integer.toString(limits.maxCellLength())));
            }
        }
        for (int column : raw.formulasWithoutValue()) {
            errors.add(ImportError.ofColumn(columnName(column), "import.cell.formulaWithoutValue"));
        }
        if (raw.droppedValues()) {
            errors.add(ImportError.ofRow("import.row.tooManyColumns", Integer.toString(limits.maxColumns())));
        }
        return new TabularRow(raw.number(), kept, errors);
    }

    /** The heading of a column, or its spreadsheet letter when it has none. */
    private String columnName(int column) {
        if (column < header.size() && !header.get(column).isEmpty()) {
            return header.get(column);
        }
        return columnLetter(column);
    }

    /** The column's letter in a spreadsheet program (0 is {@code A}), how people name a column. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String megabytes(long bytes) {
        return Long.toString((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
