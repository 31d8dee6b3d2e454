package org.sira.matching;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link NamesakeCensus} (a scan of every record) on a synthetic registry of N records (default
 * 1,000,000, {@code SyntheticPopulation} seed 7 as {@link ScaleFigures}), five counts after one of warm-up.
 * With "night" the registry is the night profile's ({@link NightConditions}, seed 1), crowded with namesakes.
 */
public final class CensusTimings {

    private CensusTimings() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean night = args.length > 1 && args[1].equals("night");
        MatchIndex index = new MatchIndex(MatchSettings.defaults(), size);
        if (night) {
            new NightConditions(1).registryAndList(size, 0, 0.4).registry().forEach(l -> index.add(l.record()));
        } else {
            SyntheticPopulation population = new SyntheticPopulation(7);
            for (int i = 0; i < size; i++) {
                index.add(population.nextRegistryRecord());
            }
        }
        double share = index.countNamesakes();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            share = index.countNamesakes();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%,d records (%s): namesake share %.4f; census %.0f ms median (%.0f–%.0f ms, 5 counts)%n",
                index.size(), night ? "night" : "ordinary", share, times[2] / 1e6, times[0] / 1e6, times[4] / 1e6);
    }
}
