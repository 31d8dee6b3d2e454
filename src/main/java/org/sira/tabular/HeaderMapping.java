package org.sira.tabular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field, and what in the header was not understood.
 *
 * @param columns    the column used for each field found
 * @param unknown    columns whose heading matches no field; their cells are ignored
 * @param duplicates columns that name a field already found further left; the leftmost is used
 */
public record HeaderMapping(Map<ImportField, HeaderColumn> columns, List<HeaderColumn> unknown,
                            List<HeaderColumn> duplicates) {

    public HeaderMapping {
        columns = columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(columns));
        unknown = List.copyOf(unknown);
        duplicates = List.copyOf(duplicates);
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    public Optional<HeaderColumn> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The field's cell in this row, surrounding spaces removed; empty when blank or not a column. */
    public Optional<String> text(TabularRow row, ImportField field) {
        HeaderColumn column = columns.get(field);
        if (column == null) {
            return Optional.empty();
        }
        String text = row.cell(column.index()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The fields among {@code required} that no column provides. */
    public List<ImportField> missing(Collection<ImportField> required) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : required) {
            if (!columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /**
     * The header's problems as errors for the user: unknown and duplicate columns (warnings: the
     * file can still be imported) and missing required fields.
     */
    public List<ImportError> problems(Collection<ImportField> required) {
        List<ImportError> problems = new ArrayList<>();
        for (HeaderColumn column : unknown) {
            problems.add(ImportError.ofColumn(column.heading(), "import.header.unknown", column.heading(), column.letter()));
        }
        for (HeaderColumn column : duplicates) {
            problems.add(ImportError.ofColumn(column.heading(), "import.header.duplicate", column.heading(), column.letter()));
        }
        for (ImportField field : missing(required)) {
            problems.add(ImportError.ofRow("import.header.missing", field.frenchHeader(), field.englishHeader()));
        }
        return problems;
    }
}
