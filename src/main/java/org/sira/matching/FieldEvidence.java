package org.sira.matching;

import java.util.List;

/**
 * One line of a candidate's explanation: how a field agreed and what it weighed (log2 likelihood ratio).
 *
 * @param values the two values compared, as written (names only; empty otherwise)
 */
public record FieldEvidence(String field, Agreement agreement, double weight, String detail, List<String> values) {

    public FieldEvidence {
        values = List.copyOf(values);
    }

    public FieldEvidence(String field, Agreement agreement, double weight, String detail) {
        this(field, agreement, weight, detail, List.of());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s %+.1f (%s)", field, agreement, weight, detail);
    }
}
