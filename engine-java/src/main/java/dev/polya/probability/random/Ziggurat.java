package dev.polya.probability.random;

import dev.polya.probability.special.Erf;
import java.util.random.RandomGenerator;

/**
 * A fast exact sampler of the standard normal N(0, 1): Marsaglia and Tsang's ziggurat with 256 layers.
 *
 * <p><b>Algorithm.</b> The right half of the density f(x) = exp(−x²/2) (unnormalised) is covered by 256
 * regions of equal area v: 255 horizontal rectangles stacked on a base strip. Layer i (1 ≤ i ≤ 255) is the
 * rectangle [0, x<sub>i</sub>] × [f(x<sub>i</sub>), f(x<sub>i+1</sub>)], with x<sub>1</sub> = r and
 * x<sub>256</sub> = 0; the base layer 0 is the rectangle [0, r] × [0, f(r)] plus the tail x &gt; r, given a
 * virtual width x<sub>0</sub> = v / f(r). One 64-bit draw gives the layer i (its low 8 bits) and a signed
 * uniform U in [−1, 1) (its high 53 bits); the candidate is x = U·x<sub>i</sub>.
 * <ul>
 *   <li>If |U| &lt; x<sub>i+1</sub>/x<sub>i</sub>, x lies in the part of the layer wholly under the curve
 *       and is returned at once: about 98.5% of draws, costing one {@code nextLong}, a table look-up and a
 *       multiply.</li>
 *   <li>Otherwise, for i ≥ 1, x lies in the wedge between the rectangle's inner and outer edges: a uniform
 *       height y in [f(x<sub>i</sub>), f(x<sub>i+1</sub>)] is drawn and x is accepted if y &lt; f(x).</li>
 *   <li>For i = 0 beyond r, a tail variate r + a is drawn by Marsaglia's (1964) method: a = −ln(U₁)/r,
 *       b = −ln(U₂), accepted if 2b &gt; a².</li>
 *   <li>A rejected candidate starts over with a fresh draw.</li>
 * </ul>
 *
 * <p><b>Why it is exact.</b> The method is rejection sampling from the region under the curve, not an
 * approximation of the density: the layers have equal areas, so choosing one uniformly and a uniform point
 * in it gives a uniform point in the union of the layers; keeping only the points under f (the fast test is
 * a sufficient condition for that, the wedge test the exact one, and the tail method is itself an exact
 * rejection sampler of the truncated normal) leaves a uniform point under the curve, whose abscissa has
 * density proportional to f. The sign comes from U, which is symmetric. The only departures from exactness
 * are floating-point rounding of the table and the 2⁻⁵² resolution of U. Unlike the original 32-bit code,
 * the layer index and U use disjoint bits of the draw (the defect pointed out by Doornik, 2005).
 *
 * <p><b>Tables.</b> Computed once in the static initializer, not copied: r is found by bisection so the
 * recursion x<sub>i+1</sub> = f⁻¹(v/x<sub>i</sub> + f(x<sub>i</sub>)) closes exactly at the top
 * (f(x<sub>256</sub>) = 1), with v = r·f(r) + ∫<sub>r</sub><sup>∞</sup>f from {@link Erf#erfc}; it gives
 * Marsaglia and Tsang's r ≈ 3.6541528853610088, v ≈ 4.928673233990e−3.
 *
 * <p>Works with any {@link RandomGenerator}; with polya's {@link Rng} the common path is one
 * {@code nextLong}. The output for a given generator state is fixed, so seeded runs are reproducible.
 *
 * <p>References: G. Marsaglia, W. W. Tsang, <i>The ziggurat method for generating random variables</i>,
 * Journal of Statistical Software 5(8), 2000; J. A. Doornik, <i>An improved ziggurat method to generate
 * normal random samples</i>, 2005; G. Marsaglia, <i>Generating a variable from the tail of the normal
 * distribution</i>, Technometrics 6(1), 1964.
 */
public final class Ziggurat {

    private static final int LAYERS = 256;

    /** x[i]: the outer edge of layer i (x[0] the base's virtual width, x[1] = r, x[256] = 0). */
    private static final double[] X = new double[LAYERS + 1];

    /** ratio[i] = x[i+1] / x[i]: |U| below it means the candidate is under the curve. */
    private static final double[] RATIO = new double[LAYERS];

    /**
     * The fast test in integers: with j the signed 53-bit draw and U = j·2⁻⁵², |U| &lt; ratio[i] ⇔ |j| &lt; K[i]
     * = ⌈ratio[i]·2⁵²⌉ (the scaling by 2⁵² is exact).
     */
    private static final long[] K = new long[LAYERS];

    /** W[i] = x[i]·2⁻⁵², so that U·x[i] = j·W[i] (the same double: the factor is a power of two). */
    private static final double[] W = new double[LAYERS];

    /** f[i] = exp(−x[i]²/2). */
    private static final double[] F = new double[LAYERS + 1];

    /** The start of the tail. */
    private static final double R;

    private static final double INV_R;

    static {
        double lo = 3.0;
        double hi = 4.0;
        for (int it = 0; it < 200 && hi - lo > 0; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (closure(mid) > 0) {
                lo = mid; // v too large: the layers overshoot the peak
            } else {
                hi = mid;
            }
        }
        // the side where the recursion stays defined (v/x + f(x) ≤ 1 all the way up)
        double r = closure(hi) <= 0 ? hi : lo;
        R = r;
        INV_R = 1.0 / r;
        double v = area(r);
        X[0] = v / f(r);
        X[1] = r;
        for (int i = 1; i < LAYERS - 1; i++) {
            X[i + 1] = Math.sqrt(-2.0 * Math.log(Math.min(1.0, v / X[i] + f(X[i]))));
        }
        X[LAYERS] = 0.0;
        for (int i = 0; i < LAYERS; i++) {
            RATIO[i] = X[i + 1] / X[i];
            K[i] = (long) Math.ceil(RATIO[i] * 0x1.0p52);
            W[i] = X[i] * 0x1.0p-52;
        }
        for (int i = 0; i <= LAYERS; i++) {
            F[i] = f(X[i]);
        }
        F[0] = 0.0; // the base's rectangle starts at height 0 (only the tail uses layer 0's wedge path)
    }

    private Ziggurat() {
    }

    private static double f(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** The area of each layer for tail start r: r·f(r) + √(π/2)·erfc(r/√2). */
    private static double area(double r) {
        return r * f(r) + Math.sqrt(0.5 * Math.PI) * Erf.erfc(r / Math.sqrt(2.0));
    }

    /** v/x₂₅₅ + f(x₂₅₅) − 1: zero when the ziggurat closes at the peak; positive if it overshoots. */
    private static double closure(double r) {
        double v = area(r);
        double x = r;
        for (int i = 1; i < LAYERS - 1; i++) {
            double y = v / x + f(x);
            if (y >= 1.0) {
                return 1.0 + (LAYERS - i); // overshoots before the top
            }
            x = Math.sqrt(-2.0 * Math.log(y));
        }
        return v / x + f(x) - 1.0;
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
        for (;;) {
            long bits = rng.nextLong();
            int i = (int) bits & (LAYERS - 1);
            long j = bits >> 11;
            if (Math.abs(j) < K[i]) {
                return j * W[i];
            }
            double z = slow(rng, i, j * 0x1.0p-52);
            if (!Double.isNaN(z)) {
                return z;
            }
        }
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

    /** The same as {@link #next(RandomGenerator)} with a concrete receiver, so the JIT inlines nextLong. */
    static double nextRng(Rng rng) {
        for (;;) {
            long bits = rng.nextLong();
            int i = (int) bits & (LAYERS - 1);
            long j = bits >> 11;
            // |U| < x[i+1]/x[i] with U = j·2⁻⁵², tested in integers: x = U·x[i] is under the curve
            if (Math.abs(j) < K[i]) {
                return j * W[i];
            }
            double z = slow(rng, i, j * 0x1.0p-52);
            if (!Double.isNaN(z)) {
                return z;
            }
        }
    }

    /**
     * The rare path: the tail (i = 0) or a wedge (i ≥ 1).
     *
     * @return the accepted variate, or NaN to start over
     */
    private static double slow(RandomGenerator rng, int i, double u) {
        if (i == 0) {
            double a;
            double b;
            do {
                // 1 − nextDouble() is in (0, 1], so the logarithms are finite
                a = -Math.log(1.0 - rng.nextDouble()) * INV_R;
                b = -Math.log(1.0 - rng.nextDouble());
            } while (b + b < a * a);
            return u < 0 ? -(R + a) : R + a;
        }
        double x = u * X[i];
        double y = F[i] + rng.nextDouble() * (F[i + 1] - F[i]);
        return y < f(x) ? x : Double.NaN;
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

    /** The tail start r (for tests). */
    static double tailStart() {
        return R;
    }

    /** The top layer's closure v/x₂₅₅ + f(x₂₅₅) − 1 (for tests; ≈ 0). */
    static double topClosure() {
        return closure(R);
    }
}
