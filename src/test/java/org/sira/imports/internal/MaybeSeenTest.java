package org.sira.imports.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaybeSeenTest {

    private static String key(SplittableRandom random) {
        return Long.toUnsignedString(random.nextLong(), 36) + "|2021-05-" + (1 + random.nextInt(28)) + "|DZ";
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 50_000})
    void everyKeyAddedIsMaybeSeenAndFewOthersAre(int keys) {
        SplittableRandom random = new SplittableRandom(keys);
        MaybeSeen seen = new MaybeSeen(keys);
        String[] added = IntStream.range(0, keys).mapToObj(i -> key(random)).toArray(String[]::new);
        for (String key : added) {
            seen.add(key);
        }
        assertThat(added).allMatch(seen::mightContain);
        long falseMaybes = IntStream.range(0, 100_000).mapToObj(i -> key(random)).filter(seen::mightContain).count();
        assertThat(falseMaybes).as("unseen keys said maybe, of 100,000").isLessThan(1_000);
    }
}
