package org.sira.imports.internal;

import java.util.BitSet;

/**
 * A Bloom filter of keys: "not seen" is certain, "maybe seen" must be checked elsewhere. An import
 * remembers the returns it wrote for the persons it created in a few megabytes, instead of asking
 * the database about each of them again.
 */
public final class MaybeSeen {

    private final BitSet bits;
    private final int size;

    /** Room for about {@code expectedKeys} keys with about 1 false "maybe" in 250. */
    public MaybeSeen(int expectedKeys) {
        this.size = Math.max(1 << 16, Integer.highestOneBit(Math.max(1, expectedKeys)) << 5);
        this.bits = new BitSet(size);
    }

    public void add(String key) {
        long hash = hash(key);
        bits.set(index(hash));
        bits.set(index(hash >>> 32));
    }

    public boolean mightContain(String key) {
        long hash = hash(key);
        return bits.get(index(hash)) && bits.get(index(hash >>> 32));
    }

    private int index(long hash) {
        return (int) (hash & (size - 1));
    }

    /** FNV-1a over the characters, 64 bits, so the two halves give two independent-enough indexes. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash ^ (hash >>> 29);
    }
}
