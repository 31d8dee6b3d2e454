package org.sira.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Loads a synthetic registry of N records (default 1,000,000) and prints heap used, query latency
 * percentiles and the time of a full deduplication. Run with the heap you want to prove, e.g. -Xmx1g.
 */
public final class ScaleFigures {

    private ScaleFigures() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean dedup = args.length < 2 || !args[1].equals("--no-dedup");
        SyntheticPopulation population = new SyntheticPopulation(7);
        long start = System.nanoTime();
        MatchIndex index = new MatchIndex(MatchSettings.defaults(), size);
        for (int i = 0; i < size; i++) {
            index.add(population.nextRegistryRecord());
        }
        long loaded = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "loaded %,d records in %.1f s; heap used after GC %,d MB (max %,d MB)%n", size,
                (loaded - start) / 1e9, heap >> 20, rt.maxMemory() >> 20);

        SyntheticPopulation queries = new SyntheticPopulation(8);
        int n = 2_000;
        long[] times = new long[n];
        int candidates = 0;
        long queryCpu0 = processCpuNanos();
        for (int i = 0; i < n + 500; i++) {
            MatchRecord q = queries.nextRegistryRecord();
            long t0 = System.nanoTime();
            List<Candidate> found = index.query(q);
            long t = System.nanoTime() - t0;
            if (i >= 500) {
                times[i - 500] = t;
                candidates += found.size();
            }
        }
        long queryCpu = processCpuNanos() - queryCpu0;
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "query CPU time: %.2f ms per query on average (all %d queries incl. warm-up)%n",
                queryCpu / 1e6 / (n + 500), n + 500);
        System.out.printf(Locale.ROOT, "query latency over %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms;"
                + " %.1f candidates returned on average%n", n, times[n / 2] / 1e6, times[n * 95 / 100] / 1e6,
                times[n * 99 / 100] / 1e6, times[n - 1] / 1e6, candidates / (double) n);
        if (dedup) {
            long d0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            List<DuplicatePair> pairs = index.deduplicate();
            System.out.printf(Locale.ROOT, "deduplicate(): %.1f s wall, %.1f s CPU (all threads), %,d pairs (%,d MATCH)%n",
                    (System.nanoTime() - d0) / 1e9, (processCpuNanos() - cpu0) / 1e9, pairs.size(),
                    pairs.stream().filter(p -> p.verdict() == Verdict.MATCH).count());
        }
    }

    /** CPU time of this process: on a machine shared with other jobs, wall time overstates our own cost. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
