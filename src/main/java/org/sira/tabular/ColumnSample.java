package org.sira.tabular;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A column as a person sees it when asked what it holds: its heading and its first values. The
 * heading alone is often not enough ("Col 3", an Arabic word, or a name when the file has no
 * header at all); a few values are.
 *
 * @param index   0-based position
 * @param heading the heading as written, {@code ""} when the column has none
 * @param values  the column's cells in the first rows, shortened to {@link #SHOWN_LENGTH} characters
 */
public record ColumnSample(int index, String heading, List<String> values) {

    /** Enough to recognise a name or a date on a phone screen without a paragraph filling it. */
    public static final int SHOWN_LENGTH = 40;

    public ColumnSample {
        values = List.copyOf(values);
    }

    public String letter() {
        return TabularFile.columnLetter(index);
    }

    /**
     * The columns of an open file with the values of its first {@code rows} data rows. Reads those
     * rows, so the file's rows cannot be read again afterwards. Columns with neither heading nor
     * value are left out: spreadsheets often carry empty columns on the right, and they say nothing.
     */
    public static List<ColumnSample> read(TabularFile file, int rows) {
        List<TabularRow> first = new ArrayList<>(rows);
        Iterator<TabularRow> iterator = file.iterator();
        while (first.size() < rows && iterator.hasNext()) {
            first.add(iterator.next());
        }
        List<String> header = file.header();
        int width = header.size();
        for (TabularRow row : first) {
            width = Math.max(width, row.cells().size());
        }
        List<ColumnSample> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String heading = i < header.size() ? header.get(i) : "";
            List<String> values = new ArrayList<>(first.size());
            boolean anyValue = false;
            for (TabularRow row : first) {
                String value = row.cell(i).strip();
                anyValue |= !value.isEmpty();
                values.add(value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH - 1) + "…" : value);
            }
            if (!heading.isEmpty() || anyValue) {
                columns.add(new ColumnSample(i, heading, values));
            }
        }
        return columns;
    }
}
