package dev.polya.benchmarks;

import dev.polya.probability.distributions.Normal;
import dev.polya.probability.random.Rng;
import dev.polya.probability.random.Ziggurat;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Standard normal sampling, time per draw: polya's {@link Ziggurat} on {@link Rng} (xoshiro256**) against
 * {@code java.util.Random.nextGaussian()} (Marsaglia's polar method, synchronized, with a cached second
 * variate), {@code SplittableRandom.nextGaussian()} (JDK 17's modified ziggurat, McFarland 2016), and Apache
 * Commons RNG's {@code ZigguratSampler.NormalizedGaussian} (McFarland's ziggurat, Commons RNG 1.7) over its
 * {@code XO_SHI_RO_256_SS} source, the same xoshiro256** generator as polya's {@link Rng}.
 *
 * <p>Targets (issue 5): polya's draw at least 3× as fast as {@code Random.nextGaussian()} and at least as fast
 * as Commons RNG's ziggurat. {@code normalSample} is the same draw through {@link Normal#sample} (μ + σZ), the
 * path user code takes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class NormalSamplingBenchmark {

    Rng rng;
    Random random;
    SplittableRandom splittable;
    ZigguratSampler.NormalizedGaussian commons;
    Normal normal;

    @Setup
    public void setUp() {
        rng = new Rng(42);
        random = new Random(42);
        splittable = new SplittableRandom(42);
        UniformRandomProvider source = RandomSource.XO_SHI_RO_256_SS.create(42L);
        commons = ZigguratSampler.NormalizedGaussian.of(source);
        normal = new Normal(1.0, 2.0);
    }

    @Benchmark
    public double zigguratRng() {
        return Ziggurat.next(rng);
    }

    @Benchmark
    public double randomNextGaussian() {
        return random.nextGaussian();
    }

    @Benchmark
    public double splittableRandomNextGaussian() {
        return splittable.nextGaussian();
    }

    @Benchmark
    public double normalSample() {
        return normal.sample(rng);
    }

    @Benchmark
    public double commonsRngZiggurat() {
        return commons.sample();
    }
}
