package dev.polya.benchmarks;

import dev.polya.calculus.integration.GaussKronrod;
import dev.polya.calculus.integration.IntegrationResult;
import dev.polya.calculus.integration.Integrator;
import dev.polya.calculus.integration.Quad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.BaseAbstractUnivariateIntegrator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.analysis.integration.MidPointIntegrator;
import org.hipparchus.analysis.integration.RombergIntegrator;
import org.hipparchus.analysis.integration.SimpsonIntegrator;
import org.hipparchus.analysis.integration.TrapezoidIntegrator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adaptive integration at relative tolerance 1e-10: polya's {@link Integrator} (Clenshaw–Curtis, then QUADPACK
 * QAGS/QAGI when the integrand is not smooth) and {@link Quad} (QAGS/QAGI alone, scipy's numbers) against the
 * best Hipparchus 4.0.3 integrator for each integrand of the test battery, and the overhead of the integrators
 * over the integrand's own cost.
 *
 * <ul>
 *   <li>{@code polya} / {@code polyaQuad} / {@code hipparchusBest} ({@code integrand} = one of the 30 battery
 *       integrals, the same as {@code engine-java/src/test/.../IntegrandBattery}):
 *       {@code Integrator.integrate(f, a, b, Options(0, 1e-10, 200))} and {@code Quad.integrate} with the same
 *       options against, per integrand, the Hipparchus integrator that reaches a true error ≤ 1e-10·|I| with the fewest
 *       evaluations, chosen at setup among {@code IterativeLegendreGaussIntegrator} (n = 3, 5, 8, 16),
 *       {@code RombergIntegrator}, {@code SimpsonIntegrator}, {@code TrapezoidIntegrator} and
 *       {@code MidPointIntegrator}, each at relative accuracy 1e-10 and absolute 1e-300 with 10⁷ evaluations
 *       at most. Where none reaches it (infinite ranges: Hipparchus has no transformation for them; some
 *       endpoint singularities), {@code hipparchusBest} returns NaN at once, and the evaluation report says so.
 *   <li>{@code polyaBestRule}: the same Quad call with the Gauss–Kronrod rule ({@code Options.rule}, K15…K61)
 *       that needs the fewest evaluations on that integrand, chosen at setup as Hipparchus's best is.
 *   <li>{@code sinQuad} / {@code sinSum}: ∫₀¹⁰⁰ sin at relative tolerance 1e-10 (651 evaluations on 16
 *       subintervals) against the bare sum of sin over the same 651 points, recorded at setup. The ratio is
 *       the integrator's overhead per evaluation (issue 4: at most 1.5).
 *   <li>{@code sinIntegrator} / {@code sinSpectralSum}: the same integral with {@link Integrator} (129
 *       evaluations: Clenshaw–Curtis at 3, 5, …, 129 points) against the bare sum of sin over its 129 points.
 * </ul>
 *
 * <p>The evaluation counts are deterministic and need no timing: {@link #main} prints, for every integrand,
 * polya's evaluations, true error and error estimate, and each Hipparchus integrator's evaluations and true
 * error ({@code java -cp "benchmarks/target/polya-benchmarks-*.jar:benchmarks/target/lib/*"
 * dev.polya.benchmarks.IntegrationBenchmark}). Each fork checks its last result against the exact value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class IntegrationBenchmark {

    /** The battery's relative tolerance. */
    static final double TOLERANCE = 1e-10;
    /** Hipparchus needs an absolute accuracy &gt; 0: this one never decides. */
    static final double HIPPARCHUS_ABSOLUTE = 1e-300;
    /** The evaluation budget given to each Hipparchus integrator. */
    static final int HIPPARCHUS_MAX_EVALUATIONS = 10_000_000;
    static final Quad.Options OPTIONS = new Quad.Options(0, TOLERANCE, 200);

    private static final double INF = Double.POSITIVE_INFINITY;

    /** An integrand both libraries can call. */
    interface Integrand extends DoubleUnaryOperator, UnivariateFunction {
        @Override
        default double value(double x) {
            return applyAsDouble(x);
        }
    }

    /** One battery integral: ∫ₐᵇ f = exact (closed forms or mpmath, see integration_reference.py). */
    record Case(String id, Integrand f, double a, double b, double exact) {
    }

    /** The battery of IntegrandBattery, in the same order, with short ids for @Param. */
    static final List<Case> BATTERY = List.of(
            new Case("x2", x -> x * x, 0, 2, 2.6666666666666665),
            new Case("exp", Math::exp, 0, 1, 1.7182818284590453),
            new Case("expSin", x -> Math.exp(-x * x - Math.sin(3 * x) * Math.sin(3 * x)), 0, 1, 0.4695559024132385),
            new Case("cos", Math::cos, 0, Math.PI / 2, 1.0),
            new Case("lorentz", x -> 1 / (1 + x * x), 0, 1, 0.7853981633974483),
            new Case("poly5", x -> x * x * x * x * x - 3 * x * x * x + x, -1, 2, 0.75),
            new Case("semicircle", x -> Math.sqrt(1 - x * x), -1, 1, 1.5707963267948966),
            new Case("log1p", Math::log1p, 0, 1, 0.38629436111989063),
            new Case("sinc", x -> Math.sin(x) / x, 1, 10, 0.712264523851691),
            new Case("peak", x -> 1 / (1e-4 + x * x), -1, 1, 312.15933202164626),
            new Case("narrowGauss", x -> Math.exp(-1000 * (x - 0.3) * (x - 0.3)), 0, 1, 0.05604991216397929),
            new Case("humps", x -> 1 / ((x - 0.3) * (x - 0.3) + 0.01) + 1 / ((x - 0.9) * (x - 0.9) + 0.04) - 6, 0, 1,
                    29.858325395498674),
            new Case("sin50", x -> Math.sin(50 * x), 0, 1, 0.0007006794301577345),
            new Case("expCos20", x -> Math.exp(x) * Math.cos(20 * x), 0, Math.PI, 0.055213697338598836),
            new Case("sin100", Math::sin, 0, 100, 0.13768112771231605),
            new Case("invSqrt", x -> 1 / Math.sqrt(x), 0, 1, 2.0),
            new Case("log", Math::log, 0, 1, -1.0),
            new Case("pow09", x -> Math.pow(x, -0.9), 0, 1, 10.0),
            new Case("logOverSqrt", x -> Math.log(x) / Math.sqrt(x), 0, 1, -4.0),
            new Case("invSqrtRight", x -> 1 / Math.sqrt(1 - x), 0, 1, 2.0),
            new Case("logLog", x -> Math.log(x) * Math.log1p(-x), 0, 1, 0.35506593315177354),
            new Case("gaussR", x -> Math.exp(-x * x), -INF, INF, 1.772453850905516),
            new Case("lorentzR", x -> 1 / (1 + x * x), -INF, INF, 3.141592653589793),
            new Case("expTail", x -> Math.exp(-x), 0, INF, 1.0),
            new Case("expLeft", Math::exp, -INF, 0, 1.0),
            new Case("logExp", x -> Math.log(x) * Math.exp(-x), 0, INF, -0.5772156649015329),
            new Case("sqrtLorentz", x -> 1 / ((1 + x) * Math.sqrt(x)), 0, INF, 3.141592653589793),
            new Case("lorentzTail", x -> 1 / (1 + x * x), 1, INF, 0.7853981633974483),
            new Case("kink", x -> Math.abs(x - 1.0 / 3), 0, 1, 0.2777777777777778),
            new Case("jump", x -> x < 1 / Math.PI ? 1.0 : 2.0, 0, 1, 1.6816901138162093));

    /** The Hipparchus candidates, by name. */
    static List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (int n : new int[] {3, 5, 8, 16}) {
            list.add(new Candidate("IterativeLegendreGauss(" + n + ")",
                    () -> new IterativeLegendreGaussIntegrator(n, TOLERANCE, HIPPARCHUS_ABSOLUTE)));
        }
        list.add(new Candidate("Romberg", () -> new RombergIntegrator(TOLERANCE, HIPPARCHUS_ABSOLUTE,
                BaseAbstractUnivariateIntegrator.DEFAULT_MIN_ITERATIONS_COUNT, RombergIntegrator.ROMBERG_MAX_ITERATIONS_COUNT)));
        list.add(new Candidate("Simpson", () -> new SimpsonIntegrator(TOLERANCE, HIPPARCHUS_ABSOLUTE,
                BaseAbstractUnivariateIntegrator.DEFAULT_MIN_ITERATIONS_COUNT, SimpsonIntegrator.SIMPSON_MAX_ITERATIONS_COUNT)));
        list.add(new Candidate("Trapezoid", () -> new TrapezoidIntegrator(TOLERANCE, HIPPARCHUS_ABSOLUTE,
                BaseAbstractUnivariateIntegrator.DEFAULT_MIN_ITERATIONS_COUNT, TrapezoidIntegrator.TRAPEZOID_MAX_ITERATIONS_COUNT)));
        list.add(new Candidate("MidPoint", () -> new MidPointIntegrator(TOLERANCE, HIPPARCHUS_ABSOLUTE,
                BaseAbstractUnivariateIntegrator.DEFAULT_MIN_ITERATIONS_COUNT, MidPointIntegrator.MIDPOINT_MAX_ITERATIONS_COUNT)));
        return list;
    }

    /** A Hipparchus integrator configuration. */
    record Candidate(String name, Supplier<BaseAbstractUnivariateIntegrator> make) {
    }

    /** What one Hipparchus integrator did on one integral: evaluations and value, or why it failed. */
    record Attempt(Candidate candidate, int evaluations, double value, String failure) {

        boolean reaches(Case c) {
            return failure == null && Math.abs(value - c.exact()) <= TOLERANCE * Math.abs(c.exact());
        }
    }

    static Attempt attempt(Candidate candidate, Case c) {
        if (!Double.isFinite(c.a()) || !Double.isFinite(c.b())) {
            return new Attempt(candidate, 0, Double.NaN, "infinite range");
        }
        BaseAbstractUnivariateIntegrator integrator = candidate.make().get();
        try {
            double value = integrator.integrate(HIPPARCHUS_MAX_EVALUATIONS, c.f(), c.a(), c.b());
            return new Attempt(candidate, integrator.getEvaluations(), value,
                    Double.isFinite(value) ? null : "value " + value);
        } catch (RuntimeException e) {
            return new Attempt(candidate, integrator.getEvaluations(), Double.NaN, e.getClass().getSimpleName());
        }
    }

    /** The candidate reaching 1e-10·|I| with the fewest evaluations, or null. */
    static Attempt best(Case c) {
        Attempt best = null;
        for (Candidate candidate : candidates()) {
            Attempt a = attempt(candidate, c);
            if (a.reaches(c) && (best == null || a.evaluations() < best.evaluations())) {
                best = a;
            }
        }
        return best;
    }

    /** The Gauss–Kronrod rule with which Quad needs the fewest evaluations (infinite ranges ignore it). */
    static Quad.Options bestRule(Case c) {
        Quad.Options best = OPTIONS;
        int fewest = Integer.MAX_VALUE;
        for (GaussKronrod rule : GaussKronrod.values()) {
            Quad.Options o = OPTIONS.withRule(rule);
            IntegrationResult r = Quad.integrate(c.f(), c.a(), c.b(), o);
            if (r.isConverged() && r.evaluations() < fewest) {
                fewest = r.evaluations();
                best = o;
            }
        }
        return best;
    }

    static Case find(String id) {
        return BATTERY.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no integrand " + id));
    }

    // ------------------------------------------------------------------ the battery

    /** One integrand, its best Hipparchus integrator (chosen once per fork). */
    @State(Scope.Thread)
    public static class Battery {

        @Param({"x2", "exp", "expSin", "cos", "lorentz", "poly5", "semicircle", "log1p", "sinc", "peak", "narrowGauss",
                "humps", "sin50", "expCos20", "sin100", "invSqrt", "log", "pow09", "logOverSqrt", "invSqrtRight", "logLog",
                "gaussR", "lorentzR", "expTail", "expLeft", "logExp", "sqrtLorentz", "lorentzTail", "kink", "jump"})
        String integrand;

        Case c;
        Candidate hipparchus;
        Quad.Options polyaBest;
        double last;

        @Setup(Level.Trial)
        public void setUp() {
            c = find(integrand);
            Attempt best = best(c);
            hipparchus = best == null ? null : best.candidate();
            polyaBest = bestRule(c);
        }

        @TearDown(Level.Trial)
        public void check() {
            if (!Double.isNaN(last) && Math.abs(last - c.exact()) > 10 * TOLERANCE * Math.abs(c.exact())) {
                throw new IllegalStateException(integrand + ": result " + last + ", exact " + c.exact());
            }
        }
    }

    @Benchmark
    public double polya(Battery s) {
        IntegrationResult r = Integrator.integrate(s.c.f(), s.c.a(), s.c.b(), OPTIONS);
        s.last = r.value();
        return s.last;
    }

    @Benchmark
    public double polyaQuad(Battery s) {
        IntegrationResult r = Quad.integrate(s.c.f(), s.c.a(), s.c.b(), OPTIONS);
        s.last = r.value();
        return s.last;
    }

    @Benchmark
    public double polyaBestRule(Battery s) {
        IntegrationResult r = Quad.integrate(s.c.f(), s.c.a(), s.c.b(), s.polyaBest);
        s.last = r.value();
        return s.last;
    }

    @Benchmark
    public double hipparchusBest(Battery s) {
        if (s.hipparchus == null) {
            s.last = Double.NaN;
            return Double.NaN;
        }
        s.last = s.hipparchus.make().get().integrate(HIPPARCHUS_MAX_EVALUATIONS, s.c.f(), s.c.a(), s.c.b());
        return s.last;
    }

    // ------------------------------------------------------------------ overhead per evaluation

    /** The points an integrator evaluates on ∫₀¹⁰⁰ sin, recorded once. */
    static double[] nodes(java.util.function.Function<DoubleUnaryOperator, IntegrationResult> integrator) {
        List<Double> points = new ArrayList<>();
        IntegrationResult r = integrator.apply(x -> {
            points.add(x);
            return Math.sin(x);
        });
        double[] nodes = points.stream().mapToDouble(Double::doubleValue).toArray();
        if (nodes.length != r.evaluations()) {
            throw new IllegalStateException("recorded " + nodes.length + " points for " + r.evaluations());
        }
        return nodes;
    }

    /** ∫₀¹⁰⁰ sin: the points Quad and Integrator evaluate. */
    @State(Scope.Thread)
    public static class SinNodes {

        double[] quadNodes;
        double[] spectralNodes;
        double last;

        @Setup(Level.Trial)
        public void setUp() {
            quadNodes = nodes(f -> Quad.integrate(f, 0, 100, OPTIONS));
            spectralNodes = nodes(f -> Integrator.integrate(f, 0, 100, OPTIONS));
        }

        @TearDown(Level.Trial)
        public void check() {
            if (Double.isNaN(last)) {
                throw new IllegalStateException("no result");
            }
        }
    }

    @Benchmark
    public double sinQuad(SinNodes s) {
        s.last = Quad.integrate(Math::sin, 0, 100, OPTIONS).value();
        return s.last;
    }

    @Benchmark
    public double sinSum(SinNodes s) {
        s.last = sumOfSin(s.quadNodes);
        return s.last;
    }

    @Benchmark
    public double sinIntegrator(SinNodes s) {
        s.last = Integrator.integrate(Math::sin, 0, 100, OPTIONS).value();
        return s.last;
    }

    @Benchmark
    public double sinSpectralSum(SinNodes s) {
        s.last = sumOfSin(s.spectralNodes);
        return s.last;
    }

    private static double sumOfSin(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.sin(x[i]);
        }
        return sum;
    }

    // ------------------------------------------------------------------ evaluation report (no timing)

    /**
     * Prints, for every battery integral, the evaluations, true error and error estimate of polya's
     * {@link Integrator}, the evaluations of {@link Quad} (scipy's QAGS) and of Quad with its best Kronrod rule,
     * and each Hipparchus integrator's evaluations and true error ("—" where it fails or misses 1e-10·|I|);
     * then the totals and the per-integral comparison with Hipparchus's best.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<Candidate> candidates = candidates();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-13s %29s %6s %11s", "integrand",
                "integrate evals (err, estimate)", "quad", "best rule"));
        for (Candidate k : candidates) {
            header.append(String.format(Locale.ROOT, " | %24s", k.name()));
        }
        System.out.println(header);
        int polyaTotal = 0;
        int quadTotal = 0;
        int polyaComparable = 0;
        int quadComparable = 0;
        int wins = 0;
        int ties = 0;
        int quadWins = 0;
        int comparable = 0;
        List<String> losses = new ArrayList<>();
        for (Case c : BATTERY) {
            IntegrationResult r = Integrator.integrate(c.f(), c.a(), c.b(), OPTIONS);
            int quad = Quad.integrate(c.f(), c.a(), c.b(), OPTIONS).evaluations();
            polyaTotal += r.evaluations();
            quadTotal += quad;
            Quad.Options bestOptions = bestRule(c);
            int bestRule = Quad.integrate(c.f(), c.a(), c.b(), bestOptions).evaluations();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s %8d (%.1e, %.1e) %s %6d %4s %6d",
                    c.id(), r.evaluations(), Math.abs(r.value() - c.exact()), r.errorEstimate(),
                    r.isConverged() ? " " : "!", quad, bestOptions.rule(), bestRule));
            Attempt best = null;
            for (Candidate k : candidates) {
                Attempt a = attempt(k, c);
                if (a.reaches(c)) {
                    line.append(String.format(Locale.ROOT, " | %9d (%.1e)%5s", a.evaluations(),
                            Math.abs(a.value() - c.exact()), ""));
                    if (best == null || a.evaluations() < best.evaluations()) {
                        best = a;
                    }
                } else {
                    String why = a.failure() != null ? a.failure()
                            : String.format(Locale.ROOT, "err %.1e", Math.abs(a.value() - c.exact()));
                    line.append(String.format(Locale.ROOT, " | %24s", "— " + (why.length() > 21 ? why.substring(0, 21) : why)));
                }
            }
            if (best != null) {
                comparable++;
                polyaComparable += r.evaluations();
                quadComparable += quad;
                if (r.evaluations() < best.evaluations()) {
                    wins++;
                } else if (r.evaluations() == best.evaluations()) {
                    ties++;
                } else {
                    losses.add(c.id() + " " + r.evaluations() + " vs " + best.candidate().name() + " " + best.evaluations());
                }
                if (quad <= best.evaluations()) {
                    quadWins++;
                }
                line.append(String.format(Locale.ROOT, "  best %s %d", best.candidate().name(), best.evaluations()));
            } else {
                line.append("  Hipparchus cannot reach 1e-10");
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "integrate: %d evaluations in all, %d on the %d integrals Hipparchus can do (quad: %d and %d)%n",
                polyaTotal, polyaComparable, comparable, quadTotal, quadComparable);
        System.out.printf(Locale.ROOT, "per integral against Hipparchus's best choice: integrate fewer on %d, as many on %d, "
                + "more on %d %s; quad no more on %d; Hipparchus cannot reach 1e-10 on %d%n", wins, ties, losses.size(), losses,
                quadWins, BATTERY.size() - comparable);
        // per Hipparchus integrator: its evaluations on the integrals it reaches, against polya's on the same
        for (Candidate k : candidates) {
            int theirs = 0;
            int ours = 0;
            int fewer = 0;
            int count = 0;
            for (Case c : BATTERY) {
                Attempt a = attempt(k, c);
                if (a.reaches(c)) {
                    int mine = Integrator.integrate(c.f(), c.a(), c.b(), OPTIONS).evaluations();
                    theirs += a.evaluations();
                    ours += mine;
                    fewer += mine <= a.evaluations() ? 1 : 0;
                    count++;
                }
            }
            System.out.printf(Locale.ROOT, "%-26s reaches 1e-10 on %2d integrals with %9d evaluations; integrate: %6d "
                    + "(no more on %d of them)%n", k.name(), count, theirs, ours, fewer);
        }
    }
}
