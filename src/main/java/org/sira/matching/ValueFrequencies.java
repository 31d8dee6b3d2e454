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
    /**
     * How common a value is, smoothed towards a typical share as if {@link #PRIOR_RECORDS} more
     * records had been seen: in a registry of a few dozen persons every name looks common, and
     * agreeing on it would count for nothing. The smoothing fades as the registry grows.
     */
    double share(int valueId) {
        int count = valueId < 0 || valueId >= counts.length ? 0 : counts[valueId];
        return (count + PRIOR_RECORDS * TYPICAL_SHARE) / (Math.max(total, 0) + PRIOR_RECORDS);
    }

    static final double PRIOR_RECORDS = 100;
    static final double TYPICAL_SHARE = 0.001;

    int count(int valueId) {
        return valueId < 0 || valueId >= counts.length ? 0 : counts[valueId];
    }
}
