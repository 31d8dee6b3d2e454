package org.sira.tabular;

import java.util.List;

/**
 * The file as a whole cannot be read: wrong type, too big, empty, damaged. Carries a message key
 * ({@code import.file.*}) and its arguments, never a sentence.
 */
public class TabularFileException extends RuntimeException {

    private final String code;
    private final List<String> arguments;

    public TabularFileException(String code, List<String> arguments, Throwable cause) {
        super(code + arguments, cause);
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    public TabularFileException(String code, String... arguments) {
        this(code, List.of(arguments), null);
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
