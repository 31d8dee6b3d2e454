package org.sira.tabular;

/**
 * Bounds that keep one careless or hostile file from exhausting the server.
 *
 * @param maxFileBytes  larger files are refused before anything is read
 * @param maxCellLength longer cells are cut to this length and their row gets an error
 * @param maxColumns    non-empty cells beyond this column are dropped and their row gets an error
 */
public record TabularLimits(long maxFileBytes, int maxCellLength, int maxColumns) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CELL_LENGTH = 1_000;
    public static final int DEFAULT_MAX_COLUMNS = 200;

    public TabularLimits {
        if (maxFileBytes <= 0 || maxCellLength <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static TabularLimits defaults() {
        return new TabularLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_COLUMNS);
    }

    public TabularLimits withMaxFileBytes(long bytes) {
        return new TabularLimits(bytes, maxCellLength, maxColumns);
    }

    public TabularLimits withMaxCellLength(int length) {
        return new TabularLimits(maxFileBytes, length, maxColumns);
    }

    public TabularLimits withMaxColumns(int columns) {
        return new TabularLimits(maxFileBytes, maxCellLength, columns);
    }
}
