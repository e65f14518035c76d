package dev.polya.benchmarks;

import dev.polya.probability.distributions.Beta;
import dev.polya.probability.distributions.ContinuousDistribution;
import dev.polya.probability.distributions.Gamma;
import dev.polya.probability.distributions.Normal;
import dev.polya.probability.distributions.StudentT;
import java.util.concurrent.TimeUnit;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cumulative distribution function and quantile of the normal, Student t, gamma and beta distributions, time per
 * call: polya against Hipparchus 4.0.3 (its {@code cumulativeProbability} and
 * {@code inverseCumulativeProbability}), on the same fixed arguments.
 *
 * <p>Each distribution gets {@value #BODY} arguments in the body (the quantiles of the probabilities (i + ½)/16,
 * so both libraries see the same x) and {@value #TAIL} in the tails (|z| up to 30 for the normal, t up to 10⁵,
 * probabilities down to 1e−12). Target (issue 5): polya's time per call at most Hipparchus's. At set-up the two
 * libraries' answers on these arguments are compared, so a benchmark never times a wrong answer.
 *
 * <p>Parameters: N(0, 1), t(5), Gamma(shape 2.5, scale 1.5), Beta(2.5, 4).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class DistributionBenchmark {

    static final int BODY = 16;
    static final int TAIL = 8;
    static final int ARGS = BODY + TAIL;

    /** How far the two libraries may differ on the arguments (Hipparchus's quantiles stop at about 1e−9). */
    private static final double AGREEMENT = 1e-6;

    private static final double[] TAIL_P = {1e-12, 1e-9, 1e-6, 1e-4, 1 - 1e-4, 1 - 1e-6, 1 - 1e-9, 1 - 1e-11};

    final ContinuousDistribution[] polya = {
        new Normal(0, 1), new StudentT(5), new Gamma(2.5, 1.5), new Beta(2.5, 4),
    };
    final RealDistribution[] hipparchus = {
        new NormalDistribution(0, 1), new TDistribution(5), new GammaDistribution(2.5, 1.5),
        new BetaDistribution(2.5, 4),
    };
    final double[][] tailX = {
        {-30, -20, -10, -6, 6, 10, 20, 30},
        {-1e5, -1e3, -50, -10, 10, 50, 1e3, 1e5},
        {1e-4, 1e-2, 0.05, 20, 30, 50, 80, 120},
        {1e-6, 1e-4, 1e-3, 0.01, 0.95, 0.99, 0.999, 0.99999},
    };

    /** x arguments per distribution, body then tails. */
    double[][] xs;
    /** p arguments per distribution, body then tails. */
    double[][] ps;

    @Setup
    public void setUp() {
        xs = new double[polya.length][ARGS];
        ps = new double[polya.length][ARGS];
        for (int d = 0; d < polya.length; d++) {
            for (int i = 0; i < BODY; i++) {
                ps[d][i] = (i + 0.5) / BODY;
                xs[d][i] = polya[d].quantile(ps[d][i]);
            }
            System.arraycopy(TAIL_P, 0, ps[d], BODY, TAIL);
            System.arraycopy(tailX[d], 0, xs[d], BODY, TAIL);
            for (int i = 0; i < ARGS; i++) {
                check(d, "cdf", xs[d][i], polya[d].cdf(xs[d][i]), hipparchus[d].cumulativeProbability(xs[d][i]),
                        true);
                check(d, "quantile", ps[d][i], polya[d].quantile(ps[d][i]),
                        hipparchus[d].inverseCumulativeProbability(ps[d][i]), false);
            }
        }
    }

    private void check(int d, String what, double arg, double ours, double theirs, boolean absolute) {
        double scale = absolute ? 1.0 : Math.max(1.0, Math.abs(theirs));
        if (!(Math.abs(ours - theirs) <= AGREEMENT * scale)) {
            throw new IllegalStateException(polya[d] + "." + what + "(" + arg + "): polya " + ours + ", Hipparchus "
                    + theirs);
        }
    }

    private double polyaCdf(int d) {
        ContinuousDistribution dist = polya[d];
        double[] x = xs[d];
        double s = 0;
        for (double v : x) {
            s += dist.cdf(v);
        }
        return s;
    }

    private double polyaQuantile(int d) {
        ContinuousDistribution dist = polya[d];
        double[] p = ps[d];
        double s = 0;
        for (double v : p) {
            s += dist.quantile(v);
        }
        return s;
    }

    private double hipparchusCdf(int d) {
        RealDistribution dist = hipparchus[d];
        double[] x = xs[d];
        double s = 0;
        for (double v : x) {
            s += dist.cumulativeProbability(v);
        }
        return s;
    }

    private double hipparchusQuantile(int d) {
        RealDistribution dist = hipparchus[d];
        double[] p = ps[d];
        double s = 0;
        for (double v : p) {
            s += dist.inverseCumulativeProbability(v);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double normalCdfPolya() {
        return polyaCdf(0);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double normalCdfHipparchus() {
        return hipparchusCdf(0);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double normalQuantilePolya() {
        return polyaQuantile(0);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double normalQuantileHipparchus() {
        return hipparchusQuantile(0);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double studentTCdfPolya() {
        return polyaCdf(1);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double studentTCdfHipparchus() {
        return hipparchusCdf(1);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double studentTQuantilePolya() {
        return polyaQuantile(1);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double studentTQuantileHipparchus() {
        return hipparchusQuantile(1);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double gammaCdfPolya() {
        return polyaCdf(2);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double gammaCdfHipparchus() {
        return hipparchusCdf(2);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double gammaQuantilePolya() {
        return polyaQuantile(2);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double gammaQuantileHipparchus() {
        return hipparchusQuantile(2);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double betaCdfPolya() {
        return polyaCdf(3);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double betaCdfHipparchus() {
        return hipparchusCdf(3);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double betaQuantilePolya() {
        return polyaQuantile(3);
    }

    @Benchmark
    @OperationsPerInvocation(ARGS)
    public double betaQuantileHipparchus() {
        return hipparchusQuantile(3);
    }
}
