package org.sira.tabular;

/**
 * Bounds that keep one careless or hostile file from exhausting the server.
 *
 * @param maxFileBytes  larger files are refused before anything is read
 * @param maxCellLength longer cells are cut to this length and their row gets an error
 * @param maxColumns    non-empty cells beyond this column are dropped and their row gets an error
 * @param maxTextChars  a workbook whose shared strings (the text it holds in memory while its
 *                      rows are read) come to more than this is refused as it is read; each
 *                      string also counts {@link #STRING_OVERHEAD_CHARS} for the objects that hold it
 */
public record TabularLimits(long maxFileBytes, int maxCellLength, int maxColumns, long maxTextChars) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CELL_LENGTH = 1_000;
    public static final int DEFAULT_MAX_COLUMNS = 200;
    /**
     * A Java string costs about 56 bytes besides its characters (its object, its array, the list's
     * slot): 24 characters of 2 bytes. Most strings of a register are short (a name, a phone), so
     * counting their characters alone would let a million short strings past a cap they overrun.
     */
    public static final int STRING_OVERHEAD_CHARS = 24;
    /**
     * The default text cap is the heap divided by this. A counted character costs at most 2 bytes
     * of heap (1 for Latin-1 text), and a string's objects at most twice their
     * {@link #STRING_OVERHEAD_CHARS}; no string is kept longer than a cell may be. So the table
     * of a workbook at its cap holds at most a quarter of the heap, leaving the rest of Sira (the
     * match index, the import's batches) its share. At the README's 256 MB that is 32 million
     * characters, a register of about 200,000 rows of distinct names, phones and references
     * (4 strings of 10 characters a row); at 2 GB, 268 million, more than a million rows.
     */
    public static final int HEAP_SHARE = 8;

    public TabularLimits {
        if (maxFileBytes <= 0 || maxCellLength <= 0 || maxColumns <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public TabularLimits(long maxFileBytes, int maxCellLength, int maxColumns) {
        this(maxFileBytes, maxCellLength, maxColumns, textCapForHeap(Runtime.getRuntime().maxMemory()));
    }

    public static TabularLimits defaults() {
        return new TabularLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_COLUMNS);
    }

    /** The default cap on the text of a workbook for a heap of this many bytes. */
    public static long textCapForHeap(long maxHeapBytes) {
        return Math.max(1, maxHeapBytes / HEAP_SHARE);
    }

    public TabularLimits withMaxFileBytes(long bytes) {
        return new TabularLimits(bytes, maxCellLength, maxColumns, maxTextChars);
    }

    public TabularLimits withMaxCellLength(int length) {
        return new TabularLimits(maxFileBytes, length, maxColumns, maxTextChars);
    }

    public TabularLimits withMaxColumns(int columns) {
        return new TabularLimits(maxFileBytes, maxCellLength, columns, maxTextChars);
    }

    public TabularLimits withMaxTextChars(long chars) {
        return new TabularLimits(maxFileBytes, maxCellLength, maxColumns, chars);
    }
}
