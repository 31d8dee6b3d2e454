package org.sira.matching;

/** One line of a candidate's explanation: how a field agreed and what it weighed (log2 likelihood ratio). */
public record FieldEvidence(String field, Agreement agreement, double weight, String detail) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s %+.1f (%s)", field, agreement, weight, detail);
    }
}
