package dev.polya.calculus.integration;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.kernel.Level1;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Nested Clenshaw–Curtis quadrature with a spectral error estimate: the fastest way to a tight tolerance
 * when the integrand is smooth on a finite range, and a quick "no" when it is not.
 *
 * <pre>{@code
 * ClenshawCurtis.integrate(Math::exp, 0, 1, 0, 1e-10);       // 1.718281828459045, 17 evaluations
 * ClenshawCurtis.integrate(Math::sin, 0, 100, 0, 1e-10);     // 0.1376811277123…, 129 (Quad: 651)
 * ClenshawCurtis.integrate(x -> Math.abs(x - 0.3), 0, 1, 0, 1e-10).status();   // NOT_SMOOTH, after 33
 * }</pre>
 *
 * <p>Algorithm. With x = m + h·t (m the midpoint, h = (b − a)/2), sample f at the Chebyshev points
 * tⱼ = cos(jπ/n), j = 0…n, for n = 2, 4, 8, …, 256; every level reuses the points of the one before, so level
 * n costs n + 1 evaluations in all. The samples define the interpolating polynomial p = Σ′′ aₖTₖ with
 * aₖ = (2/n) Σ′′ⱼ f(tⱼ) cos(jkπ/n) (′′: first and last terms halved), and the rule is ∫p = h Σ wⱼ f(tⱼ), the
 * Clenshaw–Curtis weights wⱼ = (cⱼ/n)(1 − Σₖ₌₁ⁿᐟ² bₖ cos(2kjπ/n)/(4k² − 1)) (c = 1 at the ends, else 2;
 * b = 1 for k = n/2, else 2). Two error estimates, both computed at every level:
 * <ul>
 *   <li>the <b>tail</b>: E_T = 2|h|·max(|aₙ₋₃|, …, |aₙ|) (the last two coefficients when n = 4). When the
 *       coefficients have decayed to the tolerance, the polynomial has resolved f and the error of the rule
 *       is below the coefficients not yet seen, which are smaller still. This estimate lets a level be
 *       accepted on its own: ∫₀¹ sin 50x stops at 65 points, where the 33-point estimate is still off by 4e-5;</li>
 *   <li>the <b>difference</b> with the level before, E_D = |Qₙ − Qₙ/₂| (from n = 8): an estimate of the error of
 *       the coarser level, which is large on polynomials whose high coefficients are not yet small
 *       (a degree-5 polynomial is exact at 9 points).</li>
 * </ul>
 * The level is accepted when max(min(E_T, E_D), 50ε·|h|Σ|wⱼf(tⱼ)|) ≤ max(absoluteTolerance,
 * relativeTolerance·|Q|); the last term is the rounding in the sum, as in QUADPACK.
 *
 * <p>Giving up early. Where f is not smooth (an endpoint singularity, a kink, a jump, a pole close to the
 * range) the coefficients decay algebraically or hardly at all, and doubling to 257 points would be wasted.
 * From n = 16 on, the ratio ρ = E_T(n)/E_T(n/2) of successive tails decides: ρ ≥ {@value #DECAYING} means
 * "not decaying yet", allowed up to n = {@value #PATIENCE} (an oscillation not yet resolved, like ∫₀¹⁰⁰ sin,
 * shows no decay until it is); a decaying tail is extrapolated — at a constant ρ per doubling when ρ did not
 * fall since the last level (algebraic decay, k^−p), squaring per doubling otherwise (geometric decay in k) —
 * and if the tolerance would not be reached by the 257-point level (with {@value #GEOMETRIC_SLACK} levels of slack
 * for a geometric tail, which often falls faster than that before it settles), the rule stops
 * with {@link IntegrationResult.Status#NOT_SMOOTH} — unless the samples oscillate (cross their mean more than
 * {@value #OSCILLATING} times): before it is resolved, an oscillation's tail can mimic any decay, so it is
 * followed to the 257-point level. So does an integrand that is NaN or ±∞ at a sample point
 * (1/√x at 0: the rule evaluates the endpoints, unlike {@link Quad}). On the test battery this costs 33–129
 * evaluations on the kinks, jumps, peaks and algebraic singularities it declines, and 1–2 on integrands
 * infinite at an endpoint. {@link Integrator} then hands the integral to {@link Quad}.
 *
 * <p>Cost: n + 1 evaluations at level n; per level, one multiply–add per sample for the rule and four per
 * new sample for the tail coefficients (running sums, see {@code levels}), about 4(n + 1) in all, on the
 * vector kernels of {@link Level1} (dot, dot4). The tables (about 1,500 doubles) are made once. On ∫₀¹⁰⁰ sin
 * (129 points) the whole rule costs about 1.45× the 129 sines (BENCHMARKS.md).
 *
 * <p>Failure modes: NaN or infinite bounds, a null integrand, negative, NaN or infinite tolerances, or a
 * relative tolerance below 50ε without an absolute one are rejected. A tolerance not met is reported in the
 * status ({@code NOT_SMOOTH}; {@code ROUNDOFF} when the coefficients are down to rounding, so that the
 * tolerance is below what doubles allow; {@code MAX_LEVELS} when the 257-point level still misses it) with the
 * last value and estimate; an integrand that is not finite at a sample point gives a NaN value and estimate.
 *
 * <p>References: C. W. Clenshaw, A. R. Curtis, Numer. Math. 2 (1960) 197–205; J. Waldvogel, BIT 46 (2006)
 * 195–202 (the weights); L. N. Trefethen, SIAM Review 50 (2008) 67–87 (Clenshaw–Curtis converges about as
 * fast as Gauss on non-polynomial integrands); J. L. Aurentz, L. N. Trefethen, ACM TOMS 43 (2017) (deciding
 * from the decay of Chebyshev coefficients, as Chebfun does).
 */
public final class ClenshawCurtis {

    private static final String WHO = "clenshawCurtis";

    /** The last level: 256 intervals, 257 points. */
    public static final int MAX_POINTS = 257;

    /** A tail ratio per doubling at or above which the coefficients are "not decaying yet". */
    static final double DECAYING = 0.5;

    /** The largest n at which a tail that does not decay yet is given another doubling. */
    static final int PATIENCE = 64;

    /** More crossings of their mean than this make the samples an oscillation, followed to the last level. */
    static final int OSCILLATING = 4;

    /** Doublings beyond the last level that a geometric tail may be predicted to need and still be followed. */
    static final int GEOMETRIC_SLACK = 2;

    /** QUADPACK's rounding allowance: 50ε times Σ|w f|. */
    static final double ROUNDING = 50 * Math.ulp(1.0);

    private static final int FINEST = MAX_POINTS - 1;
    private static final int LEVELS = 8;
    private static final int TAIL = 4;
    /** Where the sample buffer keeps the odd sums O₀…O₃ of the current level, after the 257 samples. */
    private static final int ODD_SUMS = MAX_POINTS;

    /** The Chebyshev points t = cos(iπ/256) in nested order: level n's points are the first n + 1. */
    private static final double[] NODE = new double[MAX_POINTS];
    /** A buffer per thread for the samples, so that an integral allocates nothing but its result. */
    private static final ThreadLocal<double[]> BUFFER = new ThreadLocal<>();

    /** SAMPLE[i]: where the point t = cos(iπ/256) sits in nested order (the inverse of the order). */
    private static final int[] SAMPLE = new int[MAX_POINTS];
    /** WEIGHT[level][p]: the Clenshaw–Curtis weight of sample p at n = 2^level. */
    private static final double[][] WEIGHT = new double[LEVELS + 1][];
    /**
     * ODD[level]: four rows of n/2 (n = 2^level), row q holding cos(jqπ/n) for the new points of level n (j
     * odd, in nested order): the weights of the new samples in the sums Sq = Σ′′ f(tⱼ) cos(jqπ/n).
     */
    private static final double[][] ODD = new double[LEVELS + 1][];

    static {
        int[] order = new int[MAX_POINTS];
        order[0] = 0;
        order[1] = FINEST;
        order[2] = FINEST / 2;
        int count = 3;
        for (int level = 2; level <= LEVELS; level++) {
            int stride = FINEST >> level;
            for (int j = 1; j < (1 << level); j += 2) {
                order[count++] = j * stride;
            }
        }
        double[] cos = new double[2 * FINEST];   // cos(mπ/256), m = 0…511
        for (int m = 0; m < cos.length; m++) {
            cos[m] = Math.cos(m * Math.PI / FINEST);
        }
        for (int p = 0; p < MAX_POINTS; p++) {
            NODE[p] = cos[order[p]];
            SAMPLE[order[p]] = p;
        }
        for (int level = 1; level <= LEVELS; level++) {
            int n = 1 << level;
            int stride = FINEST / n;
            int points = n + 1;
            double[] w = new double[points];
            for (int p = 0; p < points; p++) {
                int j = order[p] / stride;
                double sum = 0;
                for (int k = 1; k <= n / 2; k++) {
                    double b = k == n / 2 ? 1 : 2;
                    sum += b * cos[(2 * k * j % (2 * n)) * stride] / (4.0 * k * k - 1);
                }
                double c = j == 0 || j == n ? 1 : 2;
                w[p] = c / n * (1 - sum);
            }
            WEIGHT[level] = w;
            double[] rows = new double[TAIL * (n / 2)];
            for (int q = 0; q < TAIL; q++) {
                for (int i = 0; i < n / 2; i++) {
                    int j = order[n / 2 + 1 + i] / stride;
                    rows[q * (n / 2) + i] = cos[(j * q % (2 * n)) * stride];
                }
            }
            ODD[level] = rows;
        }
    }

    private ClenshawCurtis() {
    }

    /**
     * ∫ₐᵇ f to scipy's default tolerances (1.49e-8 absolute and relative).
     *
     * @param f the integrand
     * @param a the lower bound, finite
     * @param b the upper bound, finite; b &lt; a gives −∫ᵇₐ f
     * @return the value, its error estimate, the evaluations and the status
     * @throws InvalidArgumentException for NaN or infinite bounds or a null f
     */
    public static IntegrationResult integrate(DoubleUnaryOperator f, double a, double b) {
        return integrate(f, a, b, Quad.Options.DEFAULT_TOLERANCE, Quad.Options.DEFAULT_TOLERANCE);
    }

    /**
     * ∫ₐᵇ f to max(absoluteTolerance, relativeTolerance·|I|), with at most 257 evaluations.
     *
     * @param f                 the integrand
     * @param a                 the lower bound, finite
     * @param b                 the upper bound, finite; b &lt; a gives −∫ᵇₐ f
     * @param absoluteTolerance ≥ 0
     * @param relativeTolerance ≥ 0, and ≥ 50ε when absoluteTolerance is 0
     * @return the value, its error estimate, the evaluations and the status ({@code CONVERGED},
     *         {@code NOT_SMOOTH}, {@code ROUNDOFF} or {@code MAX_LEVELS})
     * @throws InvalidArgumentException for NaN or infinite bounds, a null f or bad tolerances
     * @throws dev.polya.core.NonFiniteValueException when finite values of f add up to an overflow
     */
    public static IntegrationResult integrate(DoubleUnaryOperator f, double a, double b, double absoluteTolerance,
            double relativeTolerance) {
        Integrands.requireIntegrand(WHO, f);
        Integrands.requireFiniteBounds(WHO, a, b);
        new Quad.Options(absoluteTolerance, relativeTolerance, 1);   // the same checks as Quad's
        if (a == b) {
            return new IntegrationResult(0, 0, 0, 0, IntegrationResult.Status.CONVERGED, absoluteTolerance,
                    () -> "an empty range: the integral is 0");
        }
        if (a > b) {
            return levels(f, b, a, absoluteTolerance, relativeTolerance).negated();
        }
        return levels(f, a, b, absoluteTolerance, relativeTolerance);
    }

    /**
     * The (n + 1)-point Clenshaw–Curtis rule on [a, b], once: exact for polynomials of degree n (n + 1 when n
     * is even, by symmetry).
     *
     * @param f the integrand
     * @param a the lower bound, finite
     * @param b the upper bound, finite; b &lt; a gives −∫ᵇₐ f
     * @param n the number of intervals: 2, 4, 8, …, 256
     * @return h Σ wⱼ f(m + h cos(jπ/n))
     * @throws InvalidArgumentException for bad bounds, a null f or an n that is not a power of two in [2, 256]
     */
    public static double rule(DoubleUnaryOperator f, double a, double b, int n) {
        Integrands.requireIntegrand(WHO, f);
        Integrands.requireFiniteBounds(WHO, a, b);
        if (n < 2 || n > FINEST || Integer.bitCount(n) != 1) {
            throw new InvalidArgumentException(WHO + ": n must be a power of two from 2 to 256, was " + n);
        }
        double m = 0.5 * a + 0.5 * b;
        double h = 0.5 * b - 0.5 * a;
        double[] w = WEIGHT[Integer.numberOfTrailingZeros(n)];
        double sum = 0;
        for (int p = 0; p < w.length; p++) {
            double x = p == 0 ? b : p == 1 ? a : m + h * NODE[p];
            sum += w[p] * f.applyAsDouble(x);
        }
        return h * sum;
    }

    /** The doubling loop on a per-thread sample buffer; a &lt; b, both finite. */
    private static IntegrationResult levels(DoubleUnaryOperator f, double a, double b, double epsabs,
            double epsrel) {
        double[] fx = BUFFER.get();
        BUFFER.set(null);   // taken: an integrand that integrates (a double integral) gets a buffer of its own
        if (fx == null) {
            fx = new double[ODD_SUMS + TAIL];
        }
        try {
            return doublings(f, a, b, fx, epsabs, epsrel);
        } finally {
            BUFFER.set(fx);
        }
    }

    /**
     * The doubling loop: samples in fx[0, 257), the odd sums of the current level in fx[257, 261).
     *
     * <p>The tail coefficients come from four running sums: with Sₖ⁽ⁿ⁾ = Σ′′ⱼ f(tⱼ) cos(jkπ/n) (so aₖ = 2Sₖ/n)
     * and Oₖ the same sum over the odd j (the points new at level n), Sₖ⁽ⁿ⁾ = Sₖ⁽ⁿᐟ²⁾ + Oₖ and
     * Sₙ₋ₖ⁽ⁿ⁾ = Sₖ⁽ⁿᐟ²⁾ − Oₖ. So each level adds its new samples to S₀…S₃ and reads aₙ…aₙ₋₃ off them: four
     * multiply–adds per new sample, and one per sample for the rule itself.
     */
    private static IntegrationResult doublings(DoubleUnaryOperator f, double a, double b, double[] fx,
            double epsabs, double epsrel) {
        double m = 0.5 * a + 0.5 * b;
        double h = 0.5 * b - 0.5 * a;
        double fb = f.applyAsDouble(b);
        if (!Double.isFinite(fb)) {
            return notFinite(b, fb, 1, epsabs);
        }
        double fa = f.applyAsDouble(a);
        if (!Double.isFinite(fa)) {
            return notFinite(a, fa, 2, epsabs);
        }
        double fm = f.applyAsDouble(m);
        if (!Double.isFinite(fm)) {
            return notFinite(m, fm, 3, epsabs);
        }
        fx[0] = fb;
        fx[1] = fa;
        fx[2] = fm;
        // S_q at n = 2 (t = 1, −1 halved, and 0): (f(1) + (−1)^q f(−1)) / 2 + cos(qπ/2) f(0); the 3-point rule
        // (Simpson's) has no tail to judge it by, so the first decision is at n = 4
        double s0 = 0.5 * (fb + fa) + fm;
        double s1 = 0.5 * (fb - fa);
        double s2 = 0.5 * (fb + fa) - fm;
        double s3 = s1;
        double previousValue = Double.NaN;
        double previousTail = Double.NaN;
        double previousRatio = Double.NaN;
        double value = Double.NaN;
        double estimate = Double.NaN;
        double tolerance = Double.NaN;
        for (int level = 2; level <= LEVELS; level++) {
            int n = 1 << level;
            int points = n + 1;
            sample(f, m, h, fx, n / 2 + 1, points);
            Level1.dot4(n / 2, ODD[level], 0, n / 2, fx, n / 2 + 1, fx, ODD_SUMS);
            double o0 = fx[ODD_SUMS];
            double o1 = fx[ODD_SUMS + 1];
            double o2 = fx[ODD_SUMS + 2];
            double o3 = fx[ODD_SUMS + 3];
            if (!Double.isFinite(o0)) {   // a NaN or ±∞ among the new values, or finite values that overflow
                for (int p = n / 2 + 1; p < points; p++) {
                    if (!Double.isFinite(fx[p])) {
                        return notFinite(m + h * NODE[p], fx[p], points, epsabs);
                    }
                }
                throw Integrands.overflow(WHO, a, b);
            }
            // a_n (halved in the interpolant), a_{n−1}, and a_{n−2}, a_{n−3} from n = 8
            double tail = Math.max(Math.abs(s0 - o0), 2 * Math.abs(s1 - o1));
            if (level >= 3) {
                tail = Math.max(tail, 2 * Math.max(Math.abs(s2 - o2), Math.abs(s3 - o3)));
            }
            tail /= n;
            s0 += o0;
            s1 += o1;
            s2 += o2;
            s3 += o3;
            double[] w = WEIGHT[level];
            value = h * Level1.dot(points, w, 0, fx, 0);
            if (!Double.isFinite(value)) {
                throw Integrands.overflow(WHO, a, b);
            }
            double scale = Math.abs(h);
            tolerance = Math.max(epsabs, epsrel * Math.abs(value));
            double tailEstimate = 2 * scale * tail;
            double difference = level >= 3 ? Math.abs(value - previousValue) : Double.POSITIVE_INFINITY;
            estimate = Math.min(tailEstimate, difference);
            // the rounding in the sum, 50ε·|h|Σ|w f| (one more pass over the samples): needed to accept, to tell
            // a tail that stopped falling at rounding (ROUNDOFF) from one that does not decay (NOT_SMOOTH), and
            // before declining, since the tail need not fall below rounding
            double ratio = tail / previousTail;
            boolean stalled = level >= 3 && !(ratio < DECAYING);
            boolean declining = level >= 4 && !stalled && estimate > tolerance
                    && declines(ratio, previousRatio, tail, tolerance / (2 * scale), n, level, false) != null;
            double rounding = 0;
            if (estimate <= tolerance || stalled || declining) {
                rounding = ROUNDING * scale * absoluteSum(w, fx, points);
                estimate = Math.max(estimate, rounding);
                if (estimate <= tolerance) {
                    return result(value, estimate, points, IntegrationResult.Status.CONVERGED, tolerance, "");
                }
                if (level >= 3 && tailEstimate <= rounding) {
                    return result(value, estimate, points, IntegrationResult.Status.ROUNDOFF, tolerance,
                            "the Chebyshev coefficients are down to rounding, and the tolerance is below it");
                }
            }
            if (level >= 4) {
                String why = declines(ratio, previousRatio, tail, Math.max(tolerance, rounding) / (2 * scale), n, level,
                        true);
                if (why != null && !oscillates(fx, n)) {
                    return result(value, estimate, points, IntegrationResult.Status.NOT_SMOOTH, tolerance, why);
                }
                previousRatio = ratio;
            }
            previousValue = value;
            previousTail = tail;
        }
        return result(value, estimate, MAX_POINTS, IntegrationResult.Status.MAX_LEVELS, tolerance,
                "the tolerance is not met with 257 points");
    }

    /**
     * Whether the samples of level n, in their order along the range, cross their mean more than
     * {@value #OSCILLATING} times. The tail of an oscillation that the points do not resolve yet can look like
     * algebraic or slow geometric decay (cos 10x on [0, 5] at 17 and 33 points: ratios 0.16 and 0.21, as a kink's);
     * such an integrand is followed to the last level instead.
     */
    static boolean oscillates(double[] fx, int n) {
        int stride = FINEST / n;
        double mean = 0;
        for (int k = 0; k <= n; k++) {
            mean += fx[SAMPLE[k * stride]];
        }
        mean /= n + 1;
        int crossings = 0;
        double last = 0;
        for (int k = 0; k <= n; k++) {
            double d = fx[SAMPLE[k * stride]] - mean;
            if (d != 0) {
                crossings += last != 0 && (d > 0) != (last > 0) ? 1 : 0;
                last = d;
            }
        }
        return crossings > OSCILLATING;
    }

    /**
     * fx[p] = f(m + h·tₚ) for p in [from, to): the evaluations alone, in a loop of their own (every double live
     * across a call to f would be spilled and reloaded), and in a method of its own, so that the JIT compiles
     * it the same way every time.
     */
    private static void sample(DoubleUnaryOperator f, double m, double h, double[] fx, int from, int to) {
        for (int p = from; p < to; p++) {
            fx[p] = f.applyAsDouble(m + h * NODE[p]);
        }
    }

    /** Σ|wₚ fₚ| over the first {@code points} samples. */
    private static double absoluteSum(double[] w, double[] fx, int points) {
        double sum = 0;
        for (int p = 0; p < points; p++) {
            sum += Math.abs(w[p] * fx[p]);
        }
        return sum;
    }

    /**
     * Whether the coefficients decay too slowly to reach the tolerance by the last level, and why (or null).
     *
     * @param ratio         the tail at n over the tail at n/2
     * @param previousRatio the same ratio one level earlier (NaN at n = 16)
     * @param tail          the tail at n
     * @param target        the tail that would meet the tolerance, or reach rounding
     * @param n             the level
     * @param level         log₂ n
     * @param describe      whether to say why in words (else any non-null string means "declines")
     */
    static String declines(double ratio, double previousRatio, double tail, double target, int n, int level,
            boolean describe) {
        if (!(ratio < DECAYING)) {   // also NaN (0/0) and ∞
            if (n <= PATIENCE) {
                return null;
            }
            return !describe ? "" : String.format(Locale.ROOT, "the Chebyshev coefficients do not decay at %d points "
                    + "(tail ratio %.2g per doubling)", n + 1, ratio);
        }
        if (tail <= target) {
            return null;
        }
        boolean algebraic = previousRatio < DECAYING && ratio * ratio >= previousRatio * previousRatio * previousRatio;
        // a geometric tail often falls faster than predicted, before it has settled (a Gaussian's, an oscillation
        // just resolved): two levels of slack
        int allowed = LEVELS - level + (algebraic ? 0 : GEOMETRIC_SLACK);
        // the tail after the allowed doublings: × ratio each (algebraic), or × ratio², × ratio⁴, … (geometric)
        double t = tail;
        double r = ratio;
        for (int i = 0; i < allowed; i++) {
            r = algebraic ? r : r * r;
            t *= r;
        }
        if (t <= target) {
            return null;
        }
        if (!describe) {
            return "";
        }
        double atThisRatio = Math.log(target / tail) / Math.log(ratio);
        double doublings = Math.ceil(algebraic ? atThisRatio : Math.log(atThisRatio / 2 + 1) / Math.log(2));
        return String.format(Locale.ROOT, "the Chebyshev coefficients decay too slowly (%s, ratio %.2g per doubling "
                + "at %d points): about %.0f more doublings would be needed", algebraic ? "algebraically"
                : "geometrically", ratio, n + 1, doublings);
    }

    private static IntegrationResult notFinite(double x, double y, int evaluations, double tolerance) {
        return new IntegrationResult(Double.NaN, Double.NaN, evaluations, 1, IntegrationResult.Status.NOT_SMOOTH,
                tolerance, () -> "the integrand is " + y + " at x = " + x + " (Quad never evaluates the endpoints)");
    }

    private static IntegrationResult result(double value, double estimate, int points,
            IntegrationResult.Status status, double tolerance, String why) {
        return new IntegrationResult(value, estimate, points, 1, status, tolerance,
                () -> status == IntegrationResult.Status.CONVERGED
                        ? String.format(Locale.ROOT, "Clenshaw–Curtis with %d points: error estimate %.3g ≤ tolerance "
                                + "%.3g", points, estimate, tolerance)
                        : String.format(Locale.ROOT, "Clenshaw–Curtis stopped at %d points: %s (error estimate %.3g, "
                                + "tolerance %.3g)", points, why, estimate, tolerance));
    }
}
