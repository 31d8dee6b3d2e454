package org.sira.matching;

import java.util.Arrays;

/**
 * The keys under which a record is filed and looked up, so that a query is compared with a few hundred
 * records rather than the whole registry. Several independent keys make it unlikely that a true pair
 * shares none: whatever changed between two visits (a typo in the surname, a new phone, a year-only
 * date, swapped name columns), another key still brings them together.
 */
final class Blocking {

    private static final int NAME_PAIR_AND_YEAR = 1;
    private static final int NAME_SOUNDS_AND_YEAR = 2;
    private static final int NAME_PAIR_AND_PLACE = 3;
    private static final int NAME_PAIR_AND_FATHER = 4;
    private static final int NAME_PAIR_UNDATED = 5;
    private static final int NAME_PAIR_ANY = 6;
    private static final int NAME_WORD_AND_YEAR = 7;
    private static final int NAME_WORD_AND_PLACE = 8;
    private static final int FAMILY_WITH_GIVEN_END = 9;
    private static final int GIVEN_WITH_FAMILY_END = 10;
    private static final int DAY_OF_BIRTH_AND_PLACE = 11;
    private static final int DAY_OF_BIRTH_AND_NAME_WORD = 12;
    private static final int MOTHER_AND_FAMILY_NAME = 13;
    private static final int PHONE = 14;
    private static final int DOCUMENT = 15;
    private static final int MAX_WORDS = 3;

    private final Vocabulary vocabulary;

    Blocking(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Keys a record is filed under. */
    long[] filingKeys(PreparedRecord r) {
        return keys(r, 0, true);
    }

    /**
     * Keys to look up for a query: the filing keys with the birth year widened, because the same person's
     * year differs by a slip or by a drifting estimate.
     */
    long[] lookupKeys(PreparedRecord r) {
        return keys(r, r.precision == PreparedRecord.ESTIMATED ? 3 : 2, false);
    }

    /**
     * Every key combines two or three facts, so that even "Moussa Traoré" blocks stay small in a registry
     * of millions; several such keys each tolerate a different change between two visits.
     */
    private long[] keys(PreparedRecord r, int yearWindow, boolean filing) {
        KeySet keys = new KeySet();
        int[] families = keysOf(r.family);
        int[] givens = concat(keysOf(r.given), keysOf(r.aliases));
        int father = PreparedRecord.wordCount(r.father) > 0 ? PreparedRecord.key(r.father, 0) : -1;
        int[] places = r.village >= 0 && r.commune >= 0 ? new int[] {r.village, r.commune}
                : r.village >= 0 ? new int[] {r.village} : r.commune >= 0 ? new int[] {r.commune} : new int[0];
        int fromYear = r.birthYear - yearWindow;
        int toYear = r.birthYear + yearWindow;
        // Keys that already tolerate a slip in a name tolerate less drift in the year.
        int nearFromYear = r.birthYear - Math.min(1, yearWindow);
        int nearToYear = r.birthYear + Math.min(1, yearWindow);
        for (int f : families) {
            for (int g : givens) {
                // Unordered, so that a record typed with the two columns swapped lands in the same blocks.
                long pair = pair(f, g);
                if (r.hasDate()) {
                    for (int year = fromYear; year <= toYear; year++) {
                        keys.add(key(NAME_PAIR_AND_YEAR, pair, year));
                    }
                    for (int year = nearFromYear; year <= nearToYear; year++) {
                        keys.add(key(NAME_SOUNDS_AND_YEAR, pair(sound(f), sound(g)), year));
                    }
                }
                for (int place : places) {
                    keys.add(key(NAME_PAIR_AND_PLACE, pair, place));
                }
                if (father >= 0) {
                    keys.add(key(NAME_PAIR_AND_FATHER, pair, father));
                }
                // A record without a date is reachable by name alone; a query without one looks at every
                // record of that name.
                if (filing) {
                    keys.add(key(NAME_PAIR_ANY, pair, 0));
                    if (!r.hasDate()) {
                        keys.add(key(NAME_PAIR_UNDATED, pair, 0));
                    }
                } else {
                    keys.add(key(NAME_PAIR_UNDATED, pair, 0));
                    // Only a query with nothing else to narrow the name down reads the whole name block.
                    boolean nothingElse = places.length == 0 && father < 0 && PreparedRecord.wordCount(r.mother) < 2;
                    if (!r.hasDate() && nothingElse) {
                        keys.add(key(NAME_PAIR_ANY, pair, 0));
                    }
                }
            }
        }
        // One name word exactly, with the first or last two letters of the other, by year and by commune:
        // a slip inside the other name (Toubré, Tnraoré for Traoré) keeps one of its ends.
        if (families.length > 0 && givens.length > 0) {
            int f = families[0];
            int g = givens[0];
            long[] partial = {
                key(FAMILY_WITH_GIVEN_END, f, ends(g, true)), key(FAMILY_WITH_GIVEN_END, f, ends(g, false)),
                key(GIVEN_WITH_FAMILY_END, g, ends(f, true)), key(GIVEN_WITH_FAMILY_END, g, ends(f, false))};
            for (long word : partial) {
                if (r.hasDate()) {
                    for (int year = nearFromYear; year <= nearToYear; year++) {
                        keys.add(key(NAME_WORD_AND_YEAR, word, year));
                    }
                }
                if (r.commune >= 0) {
                    keys.add(key(NAME_WORD_AND_PLACE, word, r.commune));
                }
            }
        }
        // A full date of birth is nearly personal: with the commune or with any one name word it brings
        // together records whose names were both mangled.
        if (r.hasDate() && r.precision == PreparedRecord.DAY) {
            if (r.commune >= 0) {
                keys.add(key(DAY_OF_BIRTH_AND_PLACE, r.birthDay, r.commune));
            }
            for (int word : concat(families, givens)) {
                keys.add(key(DAY_OF_BIRTH_AND_NAME_WORD, r.birthDay, word));
            }
        }
        int motherWords = PreparedRecord.wordCount(r.mother);
        if (motherWords >= 2 && families.length > 0) {
            int a = PreparedRecord.key(r.mother, 0);
            int b = PreparedRecord.key(r.mother, motherWords - 1);
            keys.add(key(MOTHER_AND_FAMILY_NAME, pair(a, b), families[0]));
        }
        if (r.phone >= 0) {
            keys.add(key(PHONE, r.phone, 0));
        }
        if (r.document != null) {
            keys.add(key(DOCUMENT, r.document.hashCode(), r.document.length()));
        }
        return keys.toArray();
    }

    private int sound(int key) {
        return vocabulary.phonetic(key).hashCode();
    }

    private static int[] keysOf(int[] name) {
        int n = Math.min(PreparedRecord.wordCount(name), MAX_WORDS);
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = PreparedRecord.key(name, i);
        }
        return keys;
    }

    /** The first (or last) two letters of a name key, tagged so that the two never collide. */
    private long ends(int key, boolean first) {
        String text = vocabulary.text(key);
        String end = text.length() <= 2 ? text : first ? text.substring(0, 2) : text.substring(text.length() - 2);
        return (first ? 1L << 40 : 2L << 40) | end.hashCode() & 0xffffffffL;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    }

    private static long key(int kind, long a, long b) {
        return PostingTable.mix(PostingTable.mix(a * 31 + kind) ^ (b * 0x9E3779B97F4A7C15L));
    }

    private static long key(int kind, long a, long b, long c) {
        return key(kind, PostingTable.mix(a) ^ b, c);
    }

    /** A small growable set of longs; records have a few dozen keys at most. */
    private static final class KeySet {
        private long[] values = new long[32];
        private int size;

        void add(long value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return;
                }
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
