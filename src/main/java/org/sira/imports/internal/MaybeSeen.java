package org.sira.imports.internal;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.collections4.bloomfilter.BloomFilter;
import org.apache.commons.collections4.bloomfilter.EnhancedDoubleHasher;
import org.apache.commons.collections4.bloomfilter.Shape;
import org.apache.commons.collections4.bloomfilter.SimpleBloomFilter;

/**
 * A Bloom filter of keys: "not seen" is certain, "maybe seen" must be checked elsewhere. An import
 * remembers the returns it wrote for the persons it created in a few megabytes, instead of asking
 * the database about each of them again.
 */
public final class MaybeSeen {

    /** About 1 false "maybe" in 250, which then costs one look-up in the database. */
    private static final double FALSE_MAYBE = 1 / 250.0;

    private final BloomFilter filter;

    public MaybeSeen(int expectedKeys) {
        this.filter = new SimpleBloomFilter(Shape.fromNP(Math.max(1_000, expectedKeys), FALSE_MAYBE));
    }

    public void add(String key) {
        filter.merge(hasher(key));
    }

    public boolean mightContain(String key) {
        return filter.contains(hasher(key));
    }

    private static EnhancedDoubleHasher hasher(String key) {
        long[] hash = MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8));
        return new EnhancedDoubleHasher(hash[0], hash[1]);
    }
}
