package org.sira.tabular;

import java.util.List;
import java.util.Objects;

/**
 * A problem found in a row, as a message key and its arguments: the words are chosen by whoever
 * shows it, in the reader's language ({@code messages-imports*.properties}).
 *
 * @param column the column heading as written in the file, or {@code null} for the whole row
 */
public record ImportError(String column, String code, List<String> arguments) {

    public ImportError {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static ImportError ofRow(String code, String... arguments) {
        return new ImportError(null, code, List.of(arguments));
    }

    public static ImportError ofColumn(String column, String code, String... arguments) {
        return new ImportError(column, code, List.of(arguments));
    }
}
