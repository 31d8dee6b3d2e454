package org.sira.tabular;

/**
 * A column of the file.
 *
 * @param index   0-based position
 * @param heading the heading as written in the file
 */
public record HeaderColumn(int index, String heading) {

    /** The column's letter in a spreadsheet program: {@code A}, {@code B}, ... {@code AA}. */
    public String letter() {
        return TabularFile.columnLetter(index);
    }
}
