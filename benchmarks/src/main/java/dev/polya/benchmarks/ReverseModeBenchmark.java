package dev.polya.benchmarks;

import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.autodiff.ScalarField;
import dev.polya.multivariable.autodiff.Var;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reverse-mode automatic differentiation ({@link ScalarField}, {@link dev.polya.multivariable.autodiff.Tape})
 * against plain double arithmetic.
 *
 * <ul>
 *   <li>{@code chain*}: f(x) = Σᵢ sin(xᵢ)·xᵢ₊₁ over n = 10⁵ variables (4n − 4 tape nodes).
 *       {@code chainDoubles} is the loop on a {@code double[]}; {@code chainValue} is
 *       {@code f.applyAsDouble(x)} of the same function written once over Vars (constants, nothing
 *       recorded); {@code chainGradient} is {@code f.gradient(x)}: recording on the thread's reusable tape,
 *       one reverse sweep, and the copies in and out of {@link Vector}. Target: chainGradient ≤ 5×
 *       chainDoubles.</li>
 *   <li>{@code dense*}: g(x) = Σᵢ sin(xᵢ)·xᵢ₊₁ + log(1 + Σᵢ xᵢ²) over n = 100 variables, whose Hessian is
 *       dense. {@code denseGradient} is one gradient, {@code denseHessian} the exact Hessian by
 *       forward-over-reverse (n Hessian–vector products on one recording). Target: denseHessian ≤ 3n = 300×
 *       denseGradient.</li>
 * </ul>
 *
 * <p>Each fork checks its last gradient or Hessian against the closed form before it exits: a fast wrong
 * answer fails the run. The points are seeded uniform draws from [−1, 1).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class ReverseModeBenchmark {

    static final int CHAIN = 100_000;
    static final int DENSE = 100;

    /** Σᵢ sin(xᵢ)·xᵢ₊₁ over Vars. */
    static final ScalarField CHAIN_FIELD = x -> {
        Var s = x[0].sin().times(x[1]);
        for (int i = 1; i + 1 < x.length; i++) {
            s = s.plus(x[i].sin().times(x[i + 1]));
        }
        return s;
    };

    /** Σᵢ sin(xᵢ)·xᵢ₊₁ + log(1 + Σᵢ xᵢ²) over Vars. */
    static final ScalarField DENSE_FIELD = x -> {
        Var squares = x[0].square();
        for (int i = 1; i < x.length; i++) {
            squares = squares.plus(x[i].square());
        }
        return CHAIN_FIELD.apply(x).plus(squares.log1p());
    };

    double[] chainPoint;
    Vector chainVector;
    Vector denseVector;
    Vector lastGradient;
    Matrix lastHessian;
    int lastSize;

    @Setup
    public void createPoints() {
        SplittableRandom random = new SplittableRandom(16);
        chainPoint = new double[CHAIN];
        for (int i = 0; i < CHAIN; i++) {
            chainPoint[i] = 2 * random.nextDouble() - 1;
        }
        chainVector = Vector.of(chainPoint);
        double[] dense = new double[DENSE];
        for (int i = 0; i < DENSE; i++) {
            dense[i] = 2 * random.nextDouble() - 1;
        }
        denseVector = Vector.of(dense);
        require(CHAIN_FIELD.applyAsDouble(chainVector) == chain(chainPoint), "chain value on Vars vs doubles");
    }

    /** The chain on doubles. */
    static double chain(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            s += Math.sin(x[i]) * x[i + 1];
        }
        return s;
    }

    @Benchmark
    public double chainDoubles() {
        return chain(chainPoint);
    }

    @Benchmark
    public double chainValue() {
        return CHAIN_FIELD.applyAsDouble(chainVector);
    }

    @Benchmark
    public Vector chainGradient() {
        lastSize = CHAIN;
        return lastGradient = CHAIN_FIELD.gradient(chainVector);
    }

    @Benchmark
    public Vector denseGradient() {
        lastSize = DENSE;
        return lastGradient = DENSE_FIELD.gradient(denseVector);
    }

    @Benchmark
    public Matrix denseHessian() {
        return lastHessian = DENSE_FIELD.hessian(denseVector);
    }

    @TearDown
    public void checkTheDerivatives() {
        if (lastGradient != null) {
            Vector x = lastSize == CHAIN ? chainVector : denseVector;
            double[] expected = chainGradient(x);
            if (lastSize == DENSE) {
                // ∂/∂xᵢ log(1 + r²) = 2xᵢ/(1 + r²)
                double r2 = x.dot(x);
                for (int i = 0; i < DENSE; i++) {
                    expected[i] += 2 * x.get(i) / (1 + r2);
                }
            }
            for (int i = 0; i < expected.length; i++) {
                require(Math.abs(lastGradient.get(i) - expected[i]) <= 1e-12, "gradient entry " + i + " = "
                        + lastGradient.get(i) + ", expected " + expected[i]);
            }
        }
        if (lastHessian != null) {
            // ∇²: the chain part is tridiagonal (−sin xᵢ·xᵢ₊₁ on the diagonal, cos xᵢ next to it), the log part
            // 2δᵢⱼ/(1 + r²) − 4xᵢxⱼ/(1 + r²)²
            Vector x = denseVector;
            double q = 1 + x.dot(x);
            for (int i = 0; i < DENSE; i++) {
                for (int j = 0; j < DENSE; j++) {
                    double e = (i == j ? 2 / q : 0) - 4 * x.get(i) * x.get(j) / (q * q);
                    if (i == j && i + 1 < DENSE) {
                        e -= Math.sin(x.get(i)) * x.get(i + 1);
                    }
                    if (j == i + 1) {
                        e += Math.cos(x.get(i));
                    }
                    if (i == j + 1) {
                        e += Math.cos(x.get(j));
                    }
                    require(Math.abs(lastHessian.get(i, j) - e) <= 1e-12, "Hessian entry (" + i + ", " + j + ") = "
                            + lastHessian.get(i, j) + ", expected " + e);
                }
            }
        }
    }

    /** ∂/∂xᵢ Σ sin(xₖ)xₖ₊₁ = cos(xᵢ)·xᵢ₊₁ + sin(xᵢ₋₁). */
    private static double[] chainGradient(Vector x) {
        int n = x.size();
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = (i + 1 < n ? Math.cos(x.get(i)) * x.get(i + 1) : 0) + (i > 0 ? Math.sin(x.get(i - 1)) : 0);
        }
        return g;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("ReverseModeBenchmark: " + what);
        }
    }
}
