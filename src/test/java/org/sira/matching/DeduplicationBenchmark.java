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

/** Time of one full {@link MatchIndex#deduplicate()} over a synthetic registry (default 1,000,000 records). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class DeduplicationBenchmark {

    @Param("1000000")
    public int registrySize;

    private MatchIndex index;

    @Setup(Level.Trial)
    public void loadRegistry() {
        SyntheticPopulation population = new SyntheticPopulation(7);
        index = new MatchIndex(MatchSettings.defaults(), registrySize);
        for (int i = 0; i < registrySize; i++) {
            index.add(population.nextRegistryRecord());
        }
    }

    @Benchmark
    public List<DuplicatePair> deduplicateWholeRegistry() {
        return index.deduplicate();
    }
}
