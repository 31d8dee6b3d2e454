package org.sira.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one query against a synthetic registry (default 1,000,000 records). SampleTime mode
 * reports percentiles: read p0.95 for the "one query p95" figure. Run from the project directory
 * (the generator reads the communes list Sira ships in its resources).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class QueryLatencyBenchmark {

    @Param("1000000")
    public int registrySize;

    private MatchIndex index;
    private MatchRecord[] queries;
    private int next;

    @Setup(Level.Trial)
    public void loadRegistry() {
        SyntheticPopulation population = new SyntheticPopulation(7);
        index = new MatchIndex(MatchSettings.defaults(), registrySize);
        for (int i = 0; i < registrySize; i++) {
            index.add(population.nextRegistryRecord());
        }
        // Arrivals drawn from another seed: returnees and newcomers mixed as at reception.
        SyntheticPopulation arrivals = new SyntheticPopulation(8);
        queries = new MatchRecord[10_000];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = arrivals.nextRegistryRecord();
        }
    }

    @Benchmark
    public List<Candidate> queryOneArrival() {
        MatchRecord query = queries[next];
        next = (next + 1) % queries.length;
        return index.query(query);
    }
}
