package org.sira.reports.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellSuppressionTest {

    /** Kind (2) × sex (3): the margins are the statistics' byKind and bySex, the total is theirs too. */
    @Test
    void aSmallCellIsHiddenWithThreeOthersSoThatNoMarginGivesItBack() {
        // FR/M 10, FR/F 6, FR/unknown 7, BR/M 9, BR/F 2, BR/unknown 8
        long[] counts = {10, 6, 7, 9, 2, 8};
        List<int[]> published = List.of(new int[] {0, 1, 2, 3, 4, 5}, new int[] {0, 1, 2}, new int[] {3, 4, 5},
                new int[] {0, 3}, new int[] {1, 4}, new int[] {2, 5});
        BitSet suppressed = CellSuppression.protect(counts, published, List.of(), 5);
        assertThat(suppressed.stream().toArray()).containsExactly(1, 2, 4, 5);
    }

    @Test
    void aTableWithNothingUnderTheThresholdIsPublishedWhole() {
        long[] counts = {5, 6, 70};
        BitSet suppressed = CellSuppression.protect(counts, List.of(new int[] {0, 1, 2}), List.of(), 5);
        assertThat(suppressed.isEmpty()).isTrue();
    }

    @Test
    void aCellThatIsAlsoAPublishedTotalOnItsOwnIsHiddenButNeedsNoPartner() {
        // by=sex alone: each cell is the statistics' bySex for that sex; the total is published too.
        long[] counts = {3, 40, 12};
        BitSet suppressed = CellSuppression.protect(counts, List.of(new int[] {0, 1, 2}, new int[] {0}, new int[] {1}, new int[] {2}),
                List.of(), 5);
        assertThat(suppressed.stream().toArray()).containsExactly(0, 2);
    }

    @Test
    void theExactCheckCatchesWhatTheRuleOfTwoMisses() {
        // Three sums that each hold two suppressed cells, yet a+b, b+c, a+c give a, b and c: the check must hide more.
        long[] counts = {1, 2, 3, 50, 60, 70};
        List<int[]> published = List.of(new int[] {0, 1, 3}, new int[] {1, 2, 4}, new int[] {0, 2, 5}, new int[] {0, 1, 2, 3, 4, 5});
        BitSet suppressed = CellSuppression.protect(counts, published, List.of(), 5);
        for (int cell = suppressed.nextSetBit(0); cell >= 0; cell = suppressed.nextSetBit(cell + 1)) {
            assertThat(IndependentRank.recoverable(published, suppressed, cell)).as("cell %d", cell).isFalse();
        }
        assertThat(suppressed.cardinality()).isGreaterThan(3);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 13);
    }

    /**
     * Random returns with five traits, tabulated by a random subset of them; the published sums are
     * built here from the traits (the total and the one-way counts of each trait in the table, plus
     * continents from countries). No published cell is under the threshold, and no suppressed cell
     * can be recomputed from the published cells and sums unless the sums alone give it.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void noSuppressedCellCanBeRecomputedFromThePublishedOnes(long seed) {
        Random random = new Random(seed);
        String[] countries = {"DZA", "LBY", "FRA", "ESP", "SAU", "MRT"};
        Map<String, String> continent = Map.of("DZA", "AF", "LBY", "AF", "MRT", "AF", "FRA", "EU", "ESP", "EU", "SAU", "AS");
        List<String[]> returns = new ArrayList<>();
        for (int i = 20 + random.nextInt(300); i > 0; i--) {
            returns.add(new String[] {"K" + random.nextInt(4), countries[Math.min(random.nextInt(8), 5)],
                    random.nextInt(6) == 0 ? "u" : random.nextBoolean() ? "M" : "F", "A" + random.nextInt(6), "R" + random.nextInt(5)});
        }
        List<Integer> by = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            if (random.nextInt(3) > 0) {
                by.add(d);
            }
        }
        Map<List<String>, Long> table = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (String[] r : returns) {
            table.merge(by.stream().map(d -> r[d]).toList(), 1L, Long::sum);
        }
        List<List<String>> cells = new ArrayList<>(table.keySet());
        long[] counts = cells.stream().mapToLong(table::get).toArray();
        List<int[]> published = new ArrayList<>(groups(cells, c -> "all"));
        for (int d = 0; d < 5; d++) {
            int at = by.indexOf(d);
            if (at >= 0 && d != 3) {
                published.addAll(groups(cells, c -> c.get(at)));
            }
        }
        int country = by.indexOf(1);
        if (country >= 0) {
            published.addAll(groups(cells, c -> continent.get(c.get(country))));
        }
        BitSet suppressed = CellSuppression.protect(counts, published, List.of(), 5);

        BitSet every = new BitSet();
        every.set(0, counts.length);
        for (int cell = 0; cell < counts.length; cell++) {
            if (!suppressed.get(cell)) {
                assertThat(counts[cell]).as("published cell %s", cells.get(cell)).isGreaterThanOrEqualTo(5);
            } else if (!IndependentRank.recoverable(published, every, cell)) {
                assertThat(IndependentRank.recoverable(published, suppressed, cell)).as("suppressed cell %s", cells.get(cell)).isFalse();
            }
        }
    }

    private static List<int[]> groups(List<List<String>> cells, Function<List<String>, String> key) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            groups.computeIfAbsent(key.apply(cells.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
