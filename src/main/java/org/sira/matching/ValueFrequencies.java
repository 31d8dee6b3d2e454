package org.sira.matching;

import java.util.Arrays;

/**
 * How often each value occurs in one field of the index. Agreeing on "Traoré" is weak evidence because
 * a tenth of the population shares it; agreeing on a rare name is strong: the chance that two unrelated
 * people agree on a value is about that value's frequency.
 */
final class ValueFrequencies {

    private int[] counts = new int[1024];
    private long total;

    void add(int valueId, int delta) {
        if (valueId < 0) {
            return;
        }
        if (valueId >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(valueId + 1, counts.length * 2));
        }
        counts[valueId] += delta;
        total += delta;
    }

    /** Share of values in this field equal to valueId; 0 when unseen. */
    double share(int valueId) {
        if (valueId < 0 || valueId >= counts.length || total <= 0) {
            return 0;
        }
        return (double) counts[valueId] / total;
    }

    int count(int valueId) {
        return valueId < 0 || valueId >= counts.length ? 0 : counts[valueId];
    }
}
