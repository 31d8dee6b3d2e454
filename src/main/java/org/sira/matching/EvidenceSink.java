package org.sira.matching;

import java.util.List;
import java.util.function.Supplier;

/** Receives the explanation of a comparison, field by field; scoring without one allocates nothing. */
interface EvidenceSink {

    void add(String field, Agreement agreement, double weight, String detail, List<String> values);

    default void add(String field, Agreement agreement, double weight, String detail) {
        add(field, agreement, weight, detail, List.of());
    }

    // Details are built only when someone asks for an explanation: ranking thousands of candidates must
    // not assemble thousands of strings.
    static double emit(EvidenceSink sink, MatchField field, Agreement level, double weight, Supplier<String> detail) {
        if (sink != null) {
            sink.add(field.label(), level, weight, detail.get());
        }
        return weight;
    }

    static double emit(EvidenceSink sink, String field, Agreement level, double weight, Supplier<String> detail) {
        if (sink != null) {
            sink.add(field, level, weight, detail.get());
        }
        return weight;
    }
}
