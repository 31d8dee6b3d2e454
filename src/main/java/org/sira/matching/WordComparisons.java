package org.sira.matching;

/**
 * Remembers how two name words compared: the same few thousand names meet each other millions of times
 * during a deduplication, and edit distances are the costly part of scoring. A fixed-size, lossy,
 * lock-free table: each entry packs both word ids, the kind of value and the result into one long, so
 * a reader sees either a whole entry or none.
 */
final class WordComparisons {

    private static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;
    private static final Agreement[] LEVELS = Agreement.values();

    static final int FAMILY_NAME = 0;
    static final int GIVEN_NAME = 1;

    private final long[] entries = new long[1 << BITS];

    /** The remembered level, or null. */
    Agreement get(int wordA, int wordB, int kind) {
        long tag = tag(wordA, wordB, kind);
        long entry = entries[slot(tag)];
        return (entry & ~7L) == tag ? LEVELS[(int) (entry & 7L)] : null;
    }

    void put(int wordA, int wordB, int kind, Agreement level) {
        long tag = tag(wordA, wordB, kind);
        entries[slot(tag)] = tag | level.ordinal();
    }

    private static long tag(int wordA, int wordB, int kind) {
        long low = Math.min(wordA, wordB) + 1L;
        long high = Math.max(wordA, wordB) + 1L;
        return (high << 35) | (low << 5) | ((long) kind << 3);
    }

    private static int slot(long tag) {
        return (int) (PostingTable.mix(tag) & MASK);
    }
}
