package dev.polya.probability.random;

import dev.polya.probability.special.Erf;
import java.util.random.RandomGenerator;

/**
 * A fast exact sampler of the standard normal N(0, 1): a ziggurat whose layers lie wholly under the curve, in
 * the manner of McFarland's (2016) modification of Marsaglia and Tsang's method.
 *
 * <p><b>Algorithm.</b> The area under the right half of f(x) = exp(−x²/2) (unnormalised; total T = √(π/2)) is
 * cut into 256 slots of mass a = T/256. Slots 0 … L−1 (L = 253) are rectangles <i>inside</i> the curve, stacked
 * from the bottom: rectangle 0 is [0, x₀] × [0, f(x₀)] with x₀·f(x₀) = a (x₀ ≈ 3.636), rectangle k is
 * [0, x<sub>k</sub>] × [f(x<sub>k−1</sub>), f(x<sub>k</sub>)] with x<sub>k</sub>·(f(x<sub>k</sub>) −
 * f(x<sub>k−1</sub>)) = a, each with its top right corner on the curve. What is left, mass (256 − L)·a, is the
 * <i>leftover</i>: the tail x &gt; x₀, the overhangs to the right of rectangles 1 … L−1 (overhang k lies in the
 * box [x<sub>k</sub>, x<sub>k−1</sub>] × [f(x<sub>k−1</sub>), f(x<sub>k</sub>)], below the curve) and the cap
 * above the last rectangle (overhang L, with x<sub>L</sub> = 0, f(x<sub>L</sub>) = 1).
 * <ul>
 *   <li>One 64-bit draw gives a slot s (its low 8 bits) and a signed uniform U in [−1, 1) (its high 52 bits).
 *       If s &lt; L the answer is U·x<sub>s</sub>: no test at all, since the rectangle is under the curve.
 *       That is 253 draws in 256 (98.8%), costing one {@code nextLong}, a compare with a constant, a table
 *       look-up, a subtraction and a multiply.</li>
 *   <li>Otherwise a leftover region is chosen with probability proportional to its mass by Walker's alias
 *       method (one more draw). For an overhang, a uniform point of the triangle under the chord from its top
 *       left to its bottom right corner, stretched by 1 + δ⁺ (δ⁺: how far the curve rises above the chord,
 *       0 where f is convex, x &gt; 1), is taken; points below the chord by more than δ⁻ (how far the curve
 *       dips below it) are under the curve and accepted without evaluating f; points outside the box are
 *       rejected; the others are tested against f, first through 1 − t ≤ e<sup>−t</sup> ≤ 1 − t + t²/2
 *       (t = x²/2), which settles most points of the cap. A rejected point is redrawn in the same region.</li>
 *   <li>The tail is sampled by Marsaglia's (1964) method: a = −ln(U₁)/x₀, b = −ln(U₂), accepted if 2b &gt; a²,
 *       giving x₀ + a.</li>
 *   <li>The leftover's sign is the sign bit of the first draw, which chose nothing else.</li>
 * </ul>
 *
 * <p><b>Why it is exact.</b> The 256 slots have equal mass, so a uniform slot followed by a uniform point in
 * it (rectangle) or in the leftover is a uniform point under the curve; the leftover's regions are chosen in
 * proportion to their masses and sampled uniformly by rejection (the triangle and the stretched triangle
 * cover the part of each box under the curve; the squeeze by δ⁻ only skips tests whose answer is known), and
 * the tail method is an exact sampler of the truncated normal. The abscissa of a uniform point under f has
 * density proportional to f. The only departures from exactness are floating-point rounding of the tables
 * (δ⁺ and δ⁻ carry a 10⁻⁹ safety margin) and the 2⁻⁵¹ resolution of U.
 *
 * <p><b>Tables.</b> Computed once in the static initializer, not copied: x₀ and each x<sub>k</sub> by
 * bisection, the regions' masses from {@link Erf#erfc}, the alias table by Vose's method, δ⁺ and δ⁻ by a
 * grid search refined by golden sections.
 *
 * <p>Works with any {@link RandomGenerator}; with polya's {@link Rng} the common path is one
 * {@code nextLong}. The output for a given generator state is fixed, so seeded runs are reproducible.
 *
 * <p>References: C. D. McFarland, <i>A modified ziggurat algorithm for generating exponentially and normally
 * distributed pseudorandom numbers</i>, Journal of Statistical Computation and Simulation 86(7), 2016;
 * G. Marsaglia, W. W. Tsang, <i>The ziggurat method for generating random variables</i>, Journal of
 * Statistical Software 5(8), 2000; M. D. Vose, <i>A linear algorithm for generating random numbers with a
 * given distribution</i>, IEEE TSE 17(9), 1991; G. Marsaglia, <i>Generating a variable from the tail of the
 * normal distribution</i>, Technometrics 6(1), 1964.
 */
public final class Ziggurat {

    private static final int SLOTS = 256;

    /** The mass of a slot: a = √(π/2)/256. */
    private static final double SLOT_MASS = Math.sqrt(0.5 * Math.PI) / SLOTS;

    /** The safety margin added to δ⁺ and δ⁻ (the rounding of the point's coordinates is far below it). */
    private static final double MARGIN = 1e-9;

    /** The number of rectangles, L. */
    private static final int L;

    /** x[k]: the width of rectangle k (k &lt; L); x[L] = 0, the left edge of the cap. */
    private static final double[] X = new double[SLOTS + 1];

    /** y[k] = f(x[k]): the top of rectangle k; y[L] = 1. */
    private static final double[] Y = new double[SLOTS + 1];

    /** The bits of 2.0: OR-ed with a 52-bit mantissa m they give the double 2 + m·2⁻⁵¹ in [2, 4). */
    private static final long TWO = 0x4000000000000000L;

    /** Leftover region r (0 the tail, 1 … L the overhangs) is column c's own with 56-bit threshold KEEP[c]. */
    private static final long[] KEEP = new long[SLOTS];

    /** The region column c gives when its own is not kept. */
    private static final int[] ALIAS = new int[SLOTS];

    /** 1 + δ⁺ of overhang r: the stretch that makes the triangle cover the curve. */
    private static final double[] STRETCH = new double[SLOTS + 1];

    /** 1 − δ⁻ of overhang r: u + v below it is under the curve. */
    private static final double[] INNER = new double[SLOTS + 1];

    /** The masses of the leftover regions (for tests). */
    private static final double[] MASS = new double[SLOTS + 1];

    static {
        // rectangle 0: x·f(x) = a on the decreasing side (x > 1)
        double lo = 1.0;
        double hi = 10.0;
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (mid * f(mid) > SLOT_MASS) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        X[0] = lo;
        Y[0] = f(lo);
        int k = 1;
        while (k < SLOTS) {
            double below = Y[k - 1];
            // h(x) = x·(f(x) − below) peaks where (1 − x²)·f(x) = below, at some x* in (0, 1)
            double peak = bisect(0.0, Math.min(1.0, X[k - 1]), x -> (1 - x * x) * f(x) - below);
            if (peak * (f(peak) - below) < SLOT_MASS) {
                break; // no room for another rectangle: the rest is the cap
            }
            X[k] = bisect(peak, X[k - 1], x -> x * (f(x) - below) - SLOT_MASS);
            Y[k] = f(X[k]);
            k++;
        }
        L = k;
        X[L] = 0.0;
        Y[L] = 1.0;
        // the leftover regions: r = 0 the tail, r = 1 … L the overhangs (L the cap)
        MASS[0] = Math.sqrt(0.5 * Math.PI) * Erf.erfc(X[0] / Math.sqrt(2.0));
        for (int r = 1; r <= L; r++) {
            // ∫ f over [x[r], x[r−1]] minus the box's bottom strip
            double integral = Math.sqrt(0.5 * Math.PI)
                    * (Erf.erfc(X[r] / Math.sqrt(2.0)) - Erf.erfc(X[r - 1] / Math.sqrt(2.0)));
            MASS[r] = integral - (X[r - 1] - X[r]) * Y[r - 1];
            double[] deviation = chordDeviation(r);
            STRETCH[r] = 1.0 + deviation[0] + MARGIN;
            INNER[r] = 1.0 - deviation[1] - MARGIN;
        }
        buildAlias(L + 1);
    }

    private Ziggurat() {
    }

    private static double f(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** A root of g on [lo, hi], where g(lo) and g(hi) have opposite signs, to the last bit. */
    private static double bisect(double lo, double hi, java.util.function.DoubleUnaryOperator g) {
        boolean rising = g.applyAsDouble(lo) < 0;
        while (true) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                return lo;
            }
            if ((g.applyAsDouble(mid) < 0) == rising) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /**
     * In the box of overhang r, with u across (0 at the left) and v up (0 at the bottom), the curve runs from
     * (0, 1) to (1, 0); d(u) = v<sub>curve</sub>(u) − (1 − u). Returns {max d, max −d}, each ≥ 0.
     */
    private static double[] chordDeviation(int r) {
        int n = 1024;
        double best = 0;
        double bestU = 0;
        double worst = 0;
        double worstU = 0;
        for (int i = 1; i < n; i++) {
            double u = (double) i / n;
            double d = deviation(r, u);
            if (d > best) {
                best = d;
                bestU = u;
            }
            if (-d > worst) {
                worst = -d;
                worstU = u;
            }
        }
        if (best > 0) {
            best = Math.max(best, goldenMax(r, bestU - 1.0 / n, bestU + 1.0 / n, 1));
        }
        if (worst > 0) {
            worst = Math.max(worst, goldenMax(r, worstU - 1.0 / n, worstU + 1.0 / n, -1));
        }
        return new double[] {best, worst};
    }

    private static double deviation(int r, double u) {
        double x = X[r] + u * (X[r - 1] - X[r]);
        double v = (f(x) - Y[r - 1]) / (Y[r] - Y[r - 1]);
        return v - (1 - u);
    }

    /** The maximum of sign·d on [a, b] by golden sections (d is unimodal there). */
    private static double goldenMax(int r, double a, double b, int sign) {
        double g = 0.5 * (Math.sqrt(5.0) - 1);
        for (int it = 0; it < 100; it++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (sign * deviation(r, c) > sign * deviation(r, d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return sign * deviation(r, 0.5 * (a + b));
    }

    /** Vose's alias table over the n leftover regions (columns n … 255 have no mass of their own). */
    private static void buildAlias(int n) {
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += MASS[r];
        }
        double[] p = new double[SLOTS];
        int[] small = new int[SLOTS];
        int[] large = new int[SLOTS];
        int ns = 0;
        int nl = 0;
        for (int c = 0; c < SLOTS; c++) {
            p[c] = c < n ? MASS[c] / total * SLOTS : 0.0;
            if (p[c] < 1.0) {
                small[ns++] = c;
            } else {
                large[nl++] = c;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int g = large[--nl];
            KEEP[s] = (long) (p[s] * 0x1.0p56);
            ALIAS[s] = g;
            p[g] -= 1.0 - p[s];
            if (p[g] < 1.0) {
                small[ns++] = g;
            } else {
                large[nl++] = g;
            }
        }
        // what is left is 1 up to rounding: always kept
        while (nl > 0) {
            int g = large[--nl];
            KEEP[g] = 1L << 56;
            ALIAS[g] = g;
        }
        while (ns > 0) {
            int s = small[--ns];
            KEEP[s] = 1L << 56;
            ALIAS[s] = s;
        }
    }

    /**
     * One standard normal variate.
     *
     * @param rng the source of 64-bit draws
     * @return a draw from N(0, 1)
     */
    public static double next(RandomGenerator rng) {
        if (rng instanceof Rng r) {
            return nextRng(r);
        }
        long bits = rng.nextLong();
        int s = (int) bits & (SLOTS - 1);
        if (s < L) {
            return (Double.longBitsToDouble(bits >>> 12 | TWO) - 3.0) * X[s];
        }
        return leftover(rng, bits);
    }

    /**
     * The standard normal draw polya's samplers use ({@code Normal}, {@code LogNormal}, {@code MultivariateNormal},
     * {@code Gamma}, {@code StudentT}…): this ziggurat when the stream is polya's {@link Rng}, the generator's own
     * {@link RandomGenerator#nextGaussian()} otherwise, so that {@link NumpyRandom} keeps reproducing NumPy's
     * legacy stream bit for bit and a caller's {@code java.util.Random} keeps its polar method.
     *
     * @param random the stream
     * @return a draw from N(0, 1)
     */
    public static double standardNormal(RandomGenerator random) {
        if (random instanceof Rng r) {
            return nextRng(r);
        }
        return random.nextGaussian();
    }

    /**
     * The same as {@link #next(RandomGenerator)} with a concrete receiver, so the JIT inlines nextLong. Kept
     * small, without a loop or a call on the common path, so that it inlines well into callers' loops.
     */
    static double nextRng(Rng rng) {
        long bits = rng.nextLong();
        int s = (int) bits & (SLOTS - 1);
        // x = U·x[s], U uniform in [−1, 1): rectangle s lies under the curve. U = d − 3 with d in [2, 4) made
        // from the top 52 bits as a double's mantissa (exact); a long-to-double conversion of the bits measured
        // up to 1.5 ns slower per draw through Normal.sample (see design notes)
        if (s < L) {
            return (Double.longBitsToDouble(bits >>> 12 | TWO) - 3.0) * X[s];
        }
        return leftover(rng, bits);
    }

    /**
     * The rare path (3 draws in 256): a uniform point of the leftover, signed by the first draw's top bit.
     *
     * <p>One method on purpose: at 334 bytes of bytecode it is above C2's inlining limit for hot call sites
     * (FreqInlineSize = 325), so it stays out of line and the callers' loops keep their registers (inlined, its
     * loops and calls made C2 spill the caller's loop variables on the common path; see design notes).
     *
     * @param bits the first draw (its low 8 bits chose the leftover, its sign bit is still unused)
     */
    static double leftover(RandomGenerator rng, long bits) {
        long w = rng.nextLong();
        int c = (int) w & (SLOTS - 1);
        int r = (w >>> 8) < KEEP[c] ? c : ALIAS[c];
        double x;
        if (r == 0) {
            // the tail beyond x₀, by Marsaglia's method; 1 − nextDouble() is in (0, 1], so the logs are finite
            double x0 = X[0];
            double a;
            double b;
            do {
                a = -Math.log(1.0 - rng.nextDouble()) / x0;
                b = -Math.log(1.0 - rng.nextDouble());
            } while (b + b < a * a);
            x = x0 + a;
        } else {
            // overhang r: the box [x[r], x[r−1]] × [y[r−1], y[r]] below the curve
            double left = X[r];
            double width = X[r - 1] - left;
            double bottom = Y[r - 1];
            double height = Y[r] - bottom;
            double stretch = STRETCH[r];
            double inner = INNER[r];
            for (;;) {
                double p = rng.nextDouble();
                double q = rng.nextDouble();
                // (min, 1 − max) of two uniforms is uniform on the triangle u, v ≥ 0, u + v ≤ 1 (no branch)
                double u = Math.min(p, q) * stretch;
                double v = (1.0 - Math.max(p, q)) * stretch;
                x = left + u * width;
                if (u + v <= inner) {
                    break; // well below the chord, hence under the curve
                }
                if (u > 1.0 || v > 1.0) {
                    continue; // outside the box
                }
                double y = bottom + v * height;
                double t = 0.5 * x * x;
                // 1 − t ≤ e^(−t) ≤ 1 − t + t²/2 (t ≥ 0): the cap (x < 0.3) rarely needs the exponential
                if (y <= 1.0 - t || y <= 1.0 - t + 0.5 * t * t && y < Math.exp(-t)) {
                    break;
                }
            }
        }
        return bits < 0 ? -x : x;
    }

    /**
     * Fills an array with independent standard normal variates, in order (the same numbers as calling
     * {@link #next(RandomGenerator)} {@code out.length} times).
     *
     * @param rng the source of 64-bit draws
     * @param out the array to fill
     */
    public static void fill(RandomGenerator rng, double[] out) {
        if (rng instanceof Rng r) {
            for (int k = 0; k < out.length; k++) {
                out[k] = nextRng(r);
            }
        } else {
            for (int k = 0; k < out.length; k++) {
                out[k] = next(rng);
            }
        }
    }

    /** The tail start x₀ (for tests). */
    static double tailStart() {
        return X[0];
    }

    /** The number of rectangles L (for tests). */
    static int rectangles() {
        return L;
    }

    /** x[0 … L] (for tests; x[L] = 0). */
    static double[] widths() {
        return java.util.Arrays.copyOf(X, L + 1);
    }

    /** The leftover regions' masses: [0] the tail, [1 … L] the overhangs (for tests). */
    static double[] leftoverMasses() {
        return java.util.Arrays.copyOf(MASS, L + 1);
    }

    /** The alias table's probability of choosing each leftover region (for tests). */
    static double[] leftoverChoice() {
        double[] p = new double[L + 1];
        for (int c = 0; c < SLOTS; c++) {
            double keep = KEEP[c] * 0x1.0p-56;
            if (c <= L) {
                p[c] += keep / SLOTS;
            }
            p[ALIAS[c]] += (1 - keep) / SLOTS;
        }
        return p;
    }
}
