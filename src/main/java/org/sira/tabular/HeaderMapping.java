package org.sira.tabular;

import org.sira.tabular.internal.VisibleText;

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

    /**
     * The mapping a person chose column by column, for a file whose headings did not say what its
     * columns hold (unknown words, another language, no header at all). Columns given no field
     * are ignored.
     *
     * @param header the file's headings, as {@link TabularFile#header()} gives them
     * @param fields the field of each chosen column (0-based); a field is given to one column at most
     * @throws IllegalArgumentException when two columns are given the same field: the caller checks first
     */
    public static HeaderMapping chosen(List<String> header, Map<Integer, ImportField> fields) {
        Map<ImportField, HeaderColumn> columns = new EnumMap<>(ImportField.class);
        for (Map.Entry<Integer, ImportField> choice : fields.entrySet()) {
            int index = choice.getKey();
            HeaderColumn column = new HeaderColumn(index, index < header.size() ? header.get(index) : "");
            if (columns.putIfAbsent(choice.getValue(), column) != null) {
                throw new IllegalArgumentException(choice.getValue() + " is chosen for two columns");
            }
        }
        List<HeaderColumn> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isBlank() && !fields.containsKey(i)) {
                ignored.add(new HeaderColumn(i, header.get(i)));
            }
        }
        return new HeaderMapping(columns, ignored, List.of());
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
        String text = VisibleText.of(row.cell(column.index())).strip();
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
