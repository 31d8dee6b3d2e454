package org.sira.tabular;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a cell said: a value, nothing (a blank cell), or an error as a message key and arguments.
 */
public final class Parsed<T> {

    /** Cell text echoed in an error is cut to this length: enough to find it, not a paragraph. */
    static final int SHOWN_LENGTH = 40;

    private static final Parsed<?> BLANK = new Parsed<>(null, null, List.of());

    private final T value;
    private final String errorCode;
    private final List<String> arguments;

    private Parsed(T value, String errorCode, List<String> arguments) {
        this.value = value;
        this.errorCode = errorCode;
        this.arguments = List.copyOf(arguments);
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null, List.of());
    }

    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> blank() {
        return (Parsed<T>) BLANK;
    }

    public static <T> Parsed<T> invalid(String errorCode, String... arguments) {
        return new Parsed<>(null, Objects.requireNonNull(errorCode, "errorCode"), List.of(arguments));
    }

    /** The cell text as an error message may quote it. */
    public static String shown(String cellText) {
        String text = cellText.strip();
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }

    public boolean isInvalid() {
        return errorCode != null;
    }

    public boolean isBlank() {
        return value == null && errorCode == null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public List<String> arguments() {
        return arguments;
    }

    /** The error, if any, placed in the column it was read from. */
    public Optional<ImportError> error(String column) {
        return isInvalid() ? Optional.of(new ImportError(column, errorCode, arguments)) : Optional.empty();
    }

    /** Applies a further rule to a value; blanks and errors pass through. */
    public <R> Parsed<R> then(Function<T, Parsed<R>> rule) {
        if (value == null) {
            @SuppressWarnings("unchecked")
            Parsed<R> same = (Parsed<R>) this;
            return same;
        }
        return rule.apply(value);
    }

    @Override
    public String toString() {
        return isInvalid() ? "Invalid[" + errorCode + arguments + "]" : value == null ? "Blank" : "Parsed[" + value + "]";
    }
}
