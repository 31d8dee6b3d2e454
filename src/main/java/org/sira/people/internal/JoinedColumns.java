package org.sira.people.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Columns that hold several values joined by a separator (aliases, languages, vulnerabilities). */
public final class JoinedColumns {

    private JoinedColumns() {
    }

    public static List<String> split(String joined, String separator) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(separator));
    }

    /** The values of a column that holds enum names joined by commas. */
    public static <E extends Enum<E>> Set<E> enums(Class<E> type, String joined) {
        EnumSet<E> set = EnumSet.noneOf(type);
        split(joined, ",").forEach(name -> set.add(Enum.valueOf(type, name.strip())));
        return set;
    }
}
