package org.sira.matching;

import java.util.Arrays;

/**
 * Block key → the record slots in that block, held in flat primitive arrays (open addressing for the
 * keys, a linked list of postings per key) so that millions of keys cost a few bytes each instead of a
 * HashMap entry, boxed key and list apiece. Removed records are skipped by the reader, not unlinked.
 */
final class PostingTable {

    private static final long EMPTY = 0L;
    private static final long SLOT_HALF = 0xffffffff00000000L;

    private long[] keys;
    private int[] heads;
    private int[] sizes;
    private int keyCount;

    // Slot in the high half, index of the next posting of the same key in the low half: one memory
    // access per posting while walking a block. Slots only grow, so every block lists its slots from
    // the newest down. Postings below compactedCount lie in one run per key (see compact()) and hold
    // the end of their run in the low half instead.
    private long[] postings = new long[1024];
    private int postingCount;
    private int compactedCount;

    PostingTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expectedKeys / 0.7))) << 1;
        keys = new long[capacity];
        heads = new int[capacity];
        sizes = new int[capacity];
    }

    void add(long key, int slot) {
        long k = key == EMPTY ? 1 : key;
        if (keyCount * 10L >= keys.length * 7L) {
            grow();
        }
        int i = find(k);
        if (keys[i] == EMPTY) {
            keys[i] = k;
            heads[i] = -1;
            keyCount++;
        }
        if (postingCount == postings.length) {
            postings = Arrays.copyOf(postings, postingCount + (postingCount >> 1));
        }
        postings[postingCount] = ((long) slot << 32) | (heads[i] & 0xffffffffL);
        heads[i] = postingCount++;
        sizes[i]++;
    }

    /** Number of postings under the key (dead ones included). */
    int size(long key) {
        int i = find(key == EMPTY ? 1 : key);
        return keys[i] == EMPTY ? 0 : sizes[i];
    }

    /** First posting index of the key, or -1; walk with {@link #next(int)} and read with {@link #slot(int)}. */
    int first(long key) {
        int i = find(key == EMPTY ? 1 : key);
        return keys[i] == EMPTY ? -1 : heads[i];
    }

    int next(int posting) {
        int link = (int) postings[posting];
        if (posting < compactedCount) {
            return posting + 1 < link ? posting + 1 : -1;
        }
        return link;
    }

    /**
     * First posting of the key whose slot is below {@code slotLimit}, or -1; every posting after it is
     * below too. Within a compacted run the older slots are found by halving instead of walking past
     * the newer ones: a deduplication compares each record with older records only.
     */
    int firstBelow(long key, int slotLimit) {
        int p = first(key);
        while (p >= compactedCount) {
            if (slot(p) < slotLimit) {
                return p;
            }
            p = (int) postings[p];
        }
        if (p < 0 || slot(p) < slotLimit) {
            return p;
        }
        int end = (int) postings[p];
        int low = p + 1;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (slot(middle) < slotLimit) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < end ? low : -1;
    }

    int slot(int posting) {
        return (int) (postings[posting] >>> 32);
    }

    /**
     * Rewrites the postings in place so that each key's postings lie next to each other, in the same
     * order. Postings are filed as records arrive, so a block's postings end up scattered over the
     * whole array and walking a block costs a cache miss per posting; a deduplication walks every block
     * many times. Needs no memory beyond the table itself: each posting's link is first replaced by
     * the place it moves to, then the postings are swapped along the cycles of that permutation.
     * Postings added later are linked in front of the runs as usual.
     */
    void compact() {
        if (compactedCount == postingCount) {
            return;
        }
        int place = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == EMPTY) {
                continue;
            }
            int p = heads[i];
            heads[i] = place;
            while (p >= 0) {
                int following = next(p);
                postings[p] = (postings[p] & SLOT_HALF) | place++;
                p = following;
            }
        }
        for (int p = 0; p < postingCount; p++) {
            int target;
            while ((target = (int) postings[p]) != p) {
                long moving = postings[p];
                postings[p] = postings[target];
                postings[target] = moving;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == EMPTY) {
                continue;
            }
            int end = heads[i] + sizes[i];
            for (int p = heads[i]; p < end; p++) {
                postings[p] = (postings[p] & SLOT_HALF) | end;
            }
        }
        compactedCount = postingCount;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        heads = new int[keys.length];
        sizes = new int[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = find(oldKeys[j]);
                keys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
                sizes[i] = oldSizes[j];
            }
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
