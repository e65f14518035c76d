package dev.polya.probability.random;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The natural logarithm rounded correctly to the nearest double: the same value on every JVM and platform,
 * unlike {@link Math#log}, which the specification allows to be off by one ulp in a platform-dependent way.
 * {@link NumpyRandom}'s normals use it. It does not reproduce the C library's log that NumPy calls: glibc
 * 2.36's is not correctly rounded on 322 of the 10⁶ test arguments (321 of them in (0, 1)), whereas
 * HotSpot's {@link Math#log} on x86-64 was, on all but 2.
 *
 * <p><b>Algorithm.</b> y = {@link Math#log}(x) is within one ulp of ln x, so the correctly rounded value is
 * y or a neighbour y⁻ &lt; y &lt; y⁺. It is y exactly when exp(y − h⁻) &lt; x &lt; exp(y + h⁺), where h± are
 * the half-distances to the neighbours, so that y ± h± are the midpoints (exact as double-doubles). To test
 * that, with k = round(y / ln 2),
 * <ul>
 *   <li>d = x·2⁻ᵏ − 1 is exact (x·2⁻ᵏ lies in [0.7, 1.5]: an exact scaling, then Sterbenz's lemma);</li>
 *   <li>r = y − k·ln 2 is formed in double-double arithmetic with ln 2 split in three doubles (the first with
 *       42 significant bits, so k·ln2₁ is exact for |k| &lt; 2¹¹), |r| ≤ ln 2 / 2 + ε;</li>
 *   <li>E = expm1(r) = e^r − 1 is evaluated in double-double, and expm1(r ± h) = E + (1 + E)·(h + h²/2);</li>
 *   <li>x &gt; exp(y + h) ⟺ d &gt; expm1(r + h). Working with expm1 keeps the relative accuracy when x is
 *       near 1 and ln x is tiny.</li>
 * </ul>
 * E is computed in up to three tiers, each used only when the previous one cannot decide (when |d − expm1(r
 * ± h)| is within its error bound):
 * <ol>
 *   <li>fast, relative error below 2⁻⁶⁶: e^r = e^{j/128}·e^{r′} with a double-double table of e^{j/128}
 *       (computed once) and |r′| ≤ 2⁻⁸, expm1(r′) = r′ + r′²/2 + r′³·P(r′) with only the cubic tail in
 *       plain doubles; undecided for about 2⁻¹² of random arguments;</li>
 *   <li>relative error below 2⁻⁹⁰: the Taylor series Σₙ₌₁¹² sⁿ/n! in double-double at s = r/2⁸, then eight
 *       doublings expm1(2s) = expm1(s)·(expm1(s) + 2);</li>
 *   <li>{@link BigDecimal} at 80 significant digits, then 160, … (Ziv's strategy). This terminates: x is
 *       rational and exp of a non-zero rational is transcendental (Lindemann), so ln x is never a midpoint.
 *       It is needed for instance at x = 1 − 2⁻⁵², whose logarithm lies 2⁻⁵³ ulp from a midpoint.</li>
 * </ol>
 *
 * <p><b>Cost.</b> About 10 times {@link Math#log} (100 ns against 10 ns on x86-64). The second tier runs
 * for about 2⁻¹² of random arguments; the last one costs 50 to 200 µs and ran for 2 of 10⁶.
 *
 * <p><b>Special values</b> as {@link Math#log}: NaN for NaN or x &lt; 0, −∞ for ±0, +∞ for +∞, 0 for 1.
 * Subnormal arguments are handled exactly (the scaling by 2⁻ᵏ is exact).
 *
 * <p>Reference: J.-M. Muller et al., <i>Handbook of Floating-Point Arithmetic</i>, 2nd ed., Birkhäuser 2018,
 * ch. 10 (correct rounding of elementary functions, Ziv's strategy) and ch. 14 (double-word arithmetic).
 */
final class CorrectlyRoundedLog {

    /** ln 2 to 60 digits (OEIS A002162). */
    private static final BigDecimal LN2 =
            new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680");
    /** ln 2 = LN2_HI + LN2_MID + LN2_LO to about 2⁻¹⁴⁸ relative; LN2_HI has 42 significant bits. */
    private static final double LN2_HI = Double.longBitsToDouble(Double.doubleToLongBits(LN2.doubleValue()) & ~0x7ffL);
    private static final double LN2_MID = LN2.subtract(new BigDecimal(LN2_HI)).doubleValue();
    private static final double LN2_LO =
            LN2.subtract(new BigDecimal(LN2_HI)).subtract(new BigDecimal(LN2_MID)).doubleValue();
    private static final double INV_LN2 = 1.0 / LN2.doubleValue();

    /** Tier 1: e^{j/TABLE_STEPS} for |j| ≤ TABLE_HALF_WIDTH as double-doubles, index j + TABLE_HALF_WIDTH. */
    private static final int TABLE_STEPS = 128;
    private static final int TABLE_HALF_WIDTH = 46;
    private static final double[] EXP_TABLE_HI = new double[2 * TABLE_HALF_WIDTH + 1];
    private static final double[] EXP_TABLE_LO = new double[2 * TABLE_HALF_WIDTH + 1];
    /** Tier 1: the tail P(s) = Σₙ₌₃⁸ sⁿ⁻³/n! of expm1(s) = s + s²/2 + s³·P(s), in plain doubles. */
    private static final double[] TAIL = {1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320};
    /**
     * Tier 1 bound, relative to |E|: the plain-double tail r′³·P(r′) is below 2⁻¹⁶·|r′|/6 and carries a
     * relative rounding error of a few 2⁻⁵³, the truncation after r′⁸/8! is below 2⁻⁷⁵|r′|, and the table
     * and double-double operations are good to 2⁻¹⁰⁴; 2⁻⁶⁶ leaves a wide margin.
     */
    private static final double FAST_RELATIVE_ERROR = 0x1p-66;

    /** Tier 2: Taylor terms of expm1 and the number of halvings of r before them. */
    private static final int TERMS = 12;
    private static final int HALVINGS = 8;
    /** Tier 2: 1/n! as double-doubles, n = 0..TERMS. */
    private static final double[] INV_FACTORIAL_HI = new double[TERMS + 1];
    private static final double[] INV_FACTORIAL_LO = new double[TERMS + 1];
    /**
     * Tier 2 bound, relative to |E|: rounding in the series (about 2⁻¹⁰⁴ per step) and the doublings, which
     * multiply the relative error by at most 1.2 each, stays below 2⁻⁹⁵; 2⁻⁹⁰ leaves a margin.
     */
    private static final double RELATIVE_ERROR = 0x1p-90;
    /** Absolute error of r when k ≠ 0, from ln 2's truncation (at most 2¹¹·2⁻¹⁴⁸), with a margin. */
    private static final double REDUCTION_ERROR = 0x1p-120;

    /** Tier 3: the first precision of the BigDecimal fallback, in decimal digits; doubled until decided. */
    private static final int FALLBACK_DIGITS = 80;

    static {
        BigDecimal f = BigDecimal.ONE;
        MathContext mc = new MathContext(60);
        for (int n = 0; n <= TERMS; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            BigDecimal inv = BigDecimal.ONE.divide(f, mc);
            INV_FACTORIAL_HI[n] = inv.doubleValue();
            INV_FACTORIAL_LO[n] = inv.subtract(new BigDecimal(INV_FACTORIAL_HI[n])).doubleValue();
        }
        for (int j = -TABLE_HALF_WIDTH; j <= TABLE_HALF_WIDTH; j++) {
            BigDecimal e = exp(new BigDecimal(j).divide(BigDecimal.valueOf(TABLE_STEPS)), 40);
            double hi = e.doubleValue();
            EXP_TABLE_HI[j + TABLE_HALF_WIDTH] = hi;
            EXP_TABLE_LO[j + TABLE_HALF_WIDTH] = e.subtract(new BigDecimal(hi)).doubleValue();
        }
    }

    private CorrectlyRoundedLog() {
    }

    /**
     * ln x rounded to nearest.
     *
     * @param x any double
     * @return the double nearest to ln x; NaN, −∞, +∞ or 0 for the special values, as {@link Math#log}
     */
    static double log(double x) {
        double y = Math.log(x);
        if (!(x > 0) || x == Double.POSITIVE_INFINITY || x == 1.0) {
            return y;
        }
        double[] t = new double[2];
        while (true) {
            int side = side(x, y, t);
            if (side == 0) {
                return y;
            }
            y = side > 0 ? Math.nextUp(y) : Math.nextDown(y);
        }
    }

    /**
     * +1 if ln x lies above the midpoint between y and its upper neighbour, −1 if below the one between y and
     * its lower neighbour, 0 if y is ln x rounded to nearest; t is scratch.
     */
    private static int side(double x, double y, double[] t) {
        int k = (int) Math.rint(y * INV_LN2);
        double d = Math.scalb(x, -k) - 1.0;
        // r = y − k·(LN2_HI + LN2_MID + LN2_LO) in double-double (k·LN2_HI is exact)
        twoSum(y, -k * LN2_HI, t);
        double p = -k * LN2_MID;
        addTo(t[0], t[1], p, Math.fma(-k, LN2_MID, -p) + -k * LN2_LO, t);
        double rh = t[0];
        double rl = t[1];
        // half-distances to the neighbours: exact (adjacent doubles), and not subnormal as |y| > 2⁻⁵⁴
        double hUp = (Math.nextUp(y) - y) * 0.5;
        double hDown = (Math.nextDown(y) - y) * 0.5;
        double reduction = k == 0 ? 0.0 : REDUCTION_ERROR;

        expm1Fast(rh, rl, t);
        double eh = t[0];
        double el = t[1];
        double bound = FAST_RELATIVE_ERROR * Math.abs(eh) + reduction;
        int up = compare(d, eh, el, hUp, bound, t);
        int down = compare(d, eh, el, hDown, bound, t);
        if (up == 0 || down == 0) {
            expm1Series(rh, rl, t);
            eh = t[0];
            el = t[1];
            bound = RELATIVE_ERROR * Math.abs(eh) + reduction;
            if (up == 0) {
                up = compare(d, eh, el, hUp, bound, t);
            }
            if (down == 0) {
                down = compare(d, eh, el, hDown, bound, t);
            }
            if (up == 0) {
                up = exceedsExp(x, y, hUp) ? 1 : -1;
            }
            if (down == 0) {
                down = exceedsExp(x, y, hDown) ? 1 : -1;
            }
        }
        return up > 0 ? 1 : down < 0 ? -1 : 0;
    }

    /**
     * The sign of d − expm1(r + h), given E = eh + el = expm1(r) with error at most bound, or 0 when the
     * difference is within the bound; t is scratch.
     */
    private static int compare(double d, double eh, double el, double h, double bound, double[] t) {
        // expm1(r + h) = E + g + E·g with g = expm1(h) = h + h²/2 (|h| ≤ 2⁻⁴⁴, the next term is below 2⁻¹³⁰)
        double gl = h * h * 0.5;
        mul(eh, el, h, gl, t);
        addTo(t[0], t[1], h, gl, t);
        addTo(t[0], t[1], eh, el, t);
        double mh = t[0];
        double ml = t[1];
        twoSum(d, -mh, t);
        double diff = t[0] + (t[1] - ml);
        if (Math.abs(diff) <= bound) {
            return 0;
        }
        return diff > 0 ? 1 : -1;
    }

    /** Tier 1: expm1(rh + rl) ≈ e^{j/128}·(1 + expm1(r′)) − 1 into out, for |rh| ≤ 0.36. */
    private static void expm1Fast(double rh, double rl, double[] out) {
        int j = (int) Math.rint(rh * TABLE_STEPS);
        // r′ = r − j/128: rh − j/128 is exact (Sterbenz, or j = 0), |r′| ≤ 2⁻⁸ + ε
        double sh = rh - (double) j / TABLE_STEPS;
        twoSum(sh, rl, out);
        sh = out[0];
        double sl = out[1];
        // expm1(s) = s + s²/2 + s³·P(s); s² = sh² exactly (fma) + 2·sh·sl
        double sq = sh * sh;
        double sqLow = Math.fma(sh, sh, -sq) + 2.0 * sh * sl;
        double tail = TAIL[5];
        for (int i = 4; i >= 0; i--) {
            tail = tail * sh + TAIL[i];
        }
        addTo(sh, sl, 0.5 * sq, 0.5 * sqLow + sq * sh * tail, out);
        if (j == 0) {
            return;
        }
        // e^{j/128}·(1 + E′) − 1 = (T − 1) + T·E′
        double th = EXP_TABLE_HI[j + TABLE_HALF_WIDTH];
        double tl = EXP_TABLE_LO[j + TABLE_HALF_WIDTH];
        mul(th, tl, out[0], out[1], out);
        double ph = out[0];
        double pl = out[1];
        twoSum(th, -1.0, out); // th − 1 is exact for th ∈ [0.5, 2]
        addTo(out[0], tl, ph, pl, out);
    }

    /** Tier 2: expm1(rh + rl) as a double-double into out, for |rh| ≤ 0.36. */
    private static void expm1Series(double rh, double rl, double[] out) {
        double sh = Math.scalb(rh, -HALVINGS);
        double sl = Math.scalb(rl, -HALVINGS);
        // q = Σₙ₌₁ sⁿ⁻¹/n! by Horner, then E = q·s
        double qh = INV_FACTORIAL_HI[TERMS];
        double ql = INV_FACTORIAL_LO[TERMS];
        for (int n = TERMS - 1; n >= 1; n--) {
            mul(qh, ql, sh, sl, out);
            addTo(out[0], out[1], INV_FACTORIAL_HI[n], INV_FACTORIAL_LO[n], out);
            qh = out[0];
            ql = out[1];
        }
        mul(qh, ql, sh, sl, out);
        double eh = out[0];
        double el = out[1];
        for (int i = 0; i < HALVINGS; i++) {
            // expm1(2s) = E·(E + 2)
            addTo(eh, el, 2.0, 0.0, out);
            mul(eh, el, out[0], out[1], out);
            eh = out[0];
            el = out[1];
        }
        out[0] = eh;
        out[1] = el;
    }

    /** out = a + b exactly as a double-double (Knuth's TwoSum). */
    private static void twoSum(double a, double b, double[] out) {
        double s = a + b;
        double bb = s - a;
        out[0] = s;
        out[1] = (a - (s - bb)) + (b - bb);
    }

    /** out = (ah + al) + (bh + bl), double-double addition with relative error about 2⁻¹⁰⁶. */
    private static void addTo(double ah, double al, double bh, double bl, double[] out) {
        twoSum(ah, bh, out);
        double s = out[0];
        double e = out[1];
        twoSum(al, bl, out);
        e += out[0];
        double f = out[1];
        double u = s + e; // fast two-sum: |s| ≥ |e|
        e -= u - s;
        e += f;
        out[0] = u + e;
        out[1] = e - (out[0] - u);
    }

    /** out = (ah + al)·(bh + bl), double-double product with an exact leading product by fma. */
    private static void mul(double ah, double al, double bh, double bl, double[] out) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p);
        e += ah * bl + al * bh;
        double s = p + e;
        out[0] = s;
        out[1] = e - (s - p);
    }

    /**
     * Tier 3: whether x &gt; exp(mh + ml), decided in {@link BigDecimal} arithmetic at increasing precision.
     * Package-private so the tests can check the double-double tiers against it.
     */
    static boolean exceedsExp(double x, double mh, double ml) {
        BigDecimal m = new BigDecimal(mh).add(new BigDecimal(ml));
        BigDecimal bx = new BigDecimal(x);
        for (int digits = FALLBACK_DIGITS; ; digits *= 2) {
            BigDecimal e = exp(m, digits);
            BigDecimal diff = bx.subtract(e);
            // exp is accurate to better than 10^−(digits+10) relative; demand a clear margin
            if (diff.abs().compareTo(e.movePointLeft(digits)) > 0) {
                return diff.signum() > 0;
            }
        }
    }

    /** e^m for |m| ≤ 750 with relative error below 10^−(digits+10): Taylor at m/2ʲ, then j squarings. */
    private static BigDecimal exp(BigDecimal m, int digits) {
        MathContext mc = new MathContext(digits + 30);
        int j = m.signum() == 0 ? 0 : Math.max(0, Math.getExponent(m.doubleValue()) + 9); // |m/2ʲ| < 2⁻⁸
        BigDecimal s = m.multiply(new BigDecimal(Math.scalb(1.0, -j)), mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits + 30);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(s, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        for (int i = 0; i < j; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }
}
