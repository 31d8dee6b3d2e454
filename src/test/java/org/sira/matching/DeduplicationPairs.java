package org.sira.matching;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Deduplicates the synthetic registry of {@link ScaleFigures} (seed 7) and writes every pair found, one a
 * line and sorted, so that two versions of the engine can be shown to find the same pairs with the same
 * scores: {@code java -cp $CP org.sira.matching.DeduplicationPairs 200000 pairs.txt}, then {@code cmp}.
 */
public final class DeduplicationPairs {

    private DeduplicationPairs() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        SyntheticPopulation population = new SyntheticPopulation(7);
        MatchIndex index = new MatchIndex(MatchSettings.defaults(), size);
        for (int i = 0; i < size; i++) {
            index.add(population.nextRegistryRecord());
        }
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        List<DuplicatePair> pairs = index.deduplicate();
        System.out.printf(Locale.ROOT, "deduplicate(): %.1f s wall, %.1f s CPU (all threads), %,d pairs%n",
                (System.nanoTime() - wall) / 1e9, (processCpuNanos() - cpu) / 1e9, pairs.size());
        // Sorted as objects, not as lines: a million pairs' worth of strings would not fit beside the index.
        List<DuplicatePair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparing(DuplicatePair::firstId).thenComparing(DuplicatePair::secondId));
        try (PrintWriter out = new PrintWriter(args[1], java.nio.charset.StandardCharsets.UTF_8)) {
            sorted.forEach(out::println);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
