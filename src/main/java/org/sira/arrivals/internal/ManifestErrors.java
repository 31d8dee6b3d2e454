package org.sira.arrivals.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sira.shared.FieldError;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staged row's problems as the {@code manifest_row.errors} column keeps them: codes and arguments
 * (JSON), written in the reader's language only when shown. Rows staged before were kept as
 * messages already written, one a line: they come back as keys that are their own message.
 */
public final class ManifestErrors {

    /** The size of the column. */
    private static final int MAX_CHARS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Stored(String field, String code, List<Object> arguments) {
    }

    private ManifestErrors() {
    }

    /** As many of the errors as the column holds, first ones first; null for none. */
    public static String encode(List<FieldError> errors) {
        List<Stored> stored = new ArrayList<>(errors.stream()
                .map(e -> new Stored(e.field(), e.messageKey(), Arrays.asList(e.arguments()))).toList());
        while (!stored.isEmpty()) {
            String text = JSON.writeValueAsString(stored);
            if (text.length() <= MAX_CHARS) {
                return text;
            }
            stored.remove(stored.size() - 1);
        }
        return null;
    }

    public static List<FieldError> decode(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        if (!column.startsWith("[")) {
            return Arrays.stream(column.split("\n")).map(line -> new FieldError("row", line)).toList();
        }
        List<Stored> stored = JSON.readValue(column, new TypeReference<List<Stored>>() { });
        return stored.stream().map(s -> new FieldError(s.field(), s.code(), s.arguments().toArray())).toList();
    }
}
