package org.sira.matching;

/**
 * Remembers how two name words compared: the same few thousand names meet each other millions of times
 * during a deduplication, and edit distances are the costly part of scoring. A fixed-size, lossy,
 * lock-free table: each entry packs both word ids, the kind of name and the result into one long, so
 * a reader sees either a whole entry or none.
 */
final class WordComparisons {

    private static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;
    private static final Agreement[] LEVELS = Agreement.values();

    private final long[] entries = new long[1 << BITS];

    /** The remembered level, or null. */
    Agreement get(int wordA, int wordB, boolean givenNames) {
        long tag = tag(wordA, wordB, givenNames);
        long entry = entries[slot(tag)];
        return (entry & ~7L) == tag ? LEVELS[(int) (entry & 7L)] : null;
    }

    void put(int wordA, int wordB, boolean givenNames, Agreement level) {
        long tag = tag(wordA, wordB, givenNames);
        entries[slot(tag)] = tag | level.ordinal();
    }

    private static long tag(int wordA, int wordB, boolean givenNames) {
        long low = Math.min(wordA, wordB) + 1L;
        long high = Math.max(wordA, wordB) + 1L;
        return (high << 34) | (low << 4) | (givenNames ? 8L : 0L);
    }

    private static int slot(long tag) {
        return (int) (PostingTable.mix(tag) & MASK);
    }
}
