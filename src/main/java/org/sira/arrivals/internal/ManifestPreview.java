package org.sira.arrivals.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sira.tabular.ColumnSample;
import org.sira.tabular.ImportField;

/**
 * A manifest file looked at before staging: its columns with their first values, the field its
 * heading names for each column Sira recognised, and whether a person must say what the columns
 * hold before the rows can be staged.
 *
 * @param columns      every column of the file that has a heading or a value
 * @param proposed     the field recognised from each column's heading (0-based column index)
 * @param needsMapping true when a column is not recognised or no column holds a name
 */
public record ManifestPreview(List<ColumnSample> columns, Map<Integer, ImportField> proposed, boolean needsMapping) {

    public ManifestPreview {
        columns = List.copyOf(columns);
        proposed = Collections.unmodifiableMap(new TreeMap<>(proposed));
    }
}
