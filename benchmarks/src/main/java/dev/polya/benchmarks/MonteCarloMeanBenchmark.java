package dev.polya.benchmarks;

import dev.polya.dsl.probability.MonteCarloKt;
import dev.polya.probability.random.Rng;
import dev.polya.probability.sampling.MonteCarloMean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DSL's {@code monteCarlo(n = 10⁸, seed) { rng -> … }} — π by darts, two uniforms per draw — on 1 thread
 * and on 2 (coroutines on Dispatchers.Default limited to that many threads). Target: ≥ 1.7× faster on 2 cores,
 * with the same bits (checked at tear-down against the sequential engine estimate).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class MonteCarloMeanBenchmark {

    private static final long N = 100_000_000L;
    private static final long SEED = 1;

    @Param({"1", "2"})
    int threads;

    private MonteCarloMean.Estimate last;

    private static double dart(Rng rng) {
        double x = rng.nextDouble();
        double y = rng.nextDouble();
        return x * x + y * y <= 1 ? 4.0 : 0.0;
    }

    @Benchmark
    public MonteCarloMean.Estimate piByDarts() {
        last = MonteCarloKt.monteCarlo(N, SEED, threads, MonteCarloMeanBenchmark::dart);
        return last;
    }

    @TearDown
    public void check() {
        MonteCarloMean.Estimate reference = MonteCarloMean.estimate(N, SEED, MonteCarloMeanBenchmark::dart);
        if (!reference.equals(last)) {
            throw new IllegalStateException("results differ between thread counts: " + reference + " vs " + last);
        }
        if (Math.abs(last.mean() - Math.PI) > 6 * last.standardError()) {
            throw new IllegalStateException("estimate off: " + last);
        }
    }
}
