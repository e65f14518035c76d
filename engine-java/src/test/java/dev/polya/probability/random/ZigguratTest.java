package dev.polya.probability.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.probability.distributions.Normal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZigguratTest {

    private static final double STANDARD_ERRORS = 5;

    @Test
    void tablesStackTwoHundredFiftyThreeEqualRectanglesUnderTheCurve() {
        double a = Math.sqrt(Math.PI / 2) / 256;
        assertEquals(253, Ziggurat.rectangles());
        double[] x = Ziggurat.widths();
        // x₀·f(x₀) = a, x₀ ≈ 3.636 (scipy.optimize.brentq(lambda x: x*exp(-x*x/2) - sqrt(pi/2)/256, 2, 6))
        assertEquals(3.6360066255009, Ziggurat.tailStart(), 1e-12);
        assertEquals(a, x[0] * Math.exp(-x[0] * x[0] / 2), 1e-15);
        for (int k = 1; k < x.length - 1; k++) {
            assertTrue(x[k] < x[k - 1], "widths decrease");
            double area = x[k] * (Math.exp(-x[k] * x[k] / 2) - Math.exp(-x[k - 1] * x[k - 1] / 2));
            assertEquals(a, area, 1e-15, "rectangle " + k);
        }
        assertEquals(0.0, x[x.length - 1]);
        // the leftover is what the rectangles leave: (256 − 253)·a
        double[] mass = Ziggurat.leftoverMasses();
        double total = 0;
        for (double m : mass) {
            assertTrue(m > 0);
            total += m;
        }
        assertEquals(3 * a, total, 1e-13);
        double[] choice = Ziggurat.leftoverChoice();
        for (int r = 0; r < mass.length; r++) {
            assertEquals(mass[r] / total, choice[r], 1e-14, "alias table, region " + r);
        }
    }

    /** The rare path alone against its exact law: density ∝ f(x) − (height of the rectangles above x). */
    @Test
    void leftoverPathFollowsItsExactDistribution() {
        double[] x = Ziggurat.widths();
        int last = x.length - 1;
        Normal normal = Normal.standard();
        double sqrt2pi = Math.sqrt(2 * Math.PI);
        // ∫₀ᵗ (f − covered height): the covered height is f(x[r−1]) on (x[r], x[r−1]], 0 beyond x₀
        java.util.function.DoubleUnaryOperator mass = t -> {
            double m = sqrt2pi * (normal.cdf(Math.min(t, 1e300)) - 0.5);
            for (int r = last; r >= 1; r--) {
                double from = x[r];
                double to = Math.min(t, x[r - 1]);
                if (to > from) {
                    m -= (to - from) * Math.exp(-x[r - 1] * x[r - 1] / 2);
                }
            }
            return m;
        };
        double total = mass.applyAsDouble(Double.POSITIVE_INFINITY);
        int n = 200_000;
        Rng rng = new Rng(31L);
        double[] z = new double[n];
        int negative = 0;
        for (int i = 0; i < n; i++) {
            double v = Ziggurat.leftover(rng, i % 2 == 0 ? -1L : 1L);
            if (v < 0) {
                negative++;
            }
            z[i] = Math.abs(v);
        }
        assertEquals(n / 2, negative, "the sign is the first draw's");
        Arrays.sort(z);
        double d = 0;
        for (int i = 0; i < n; i++) {
            double c = mass.applyAsDouble(z[i]) / total;
            d = Math.max(d, Math.max((i + 1.0) / n - c, c - (double) i / n));
        }
        assertTrue(d < 1.628 / Math.sqrt(n), "KS statistic " + d);
    }

    /** χ² over 200 equiprobable cells of N(0, 1), four million draws. */
    @Test
    void chiSquaredOnTwoHundredEquiprobableCells() {
        int cells = 200;
        int n = 4_000_000;
        Normal normal = Normal.standard();
        double[] edges = new double[cells - 1];
        for (int c = 1; c < cells; c++) {
            edges[c - 1] = normal.quantile((double) c / cells);
        }
        long[] counts = new long[cells];
        Rng rng = new Rng(2026L);
        for (int i = 0; i < n; i++) {
            int c = Arrays.binarySearch(edges, Ziggurat.next(rng));
            counts[c >= 0 ? c + 1 : -c - 1]++;
        }
        double expected = (double) n / cells;
        double chi2 = 0;
        for (long k : counts) {
            chi2 += (k - expected) * (k - expected) / expected;
        }
        // 199 degrees of freedom: the 0.999 quantile (scipy.stats.chi2.ppf(0.999, 199) = 266.39)
        assertTrue(chi2 < 266.39, "χ² = " + chi2);
    }

    @Test
    void firstFourMomentsOfAMillionDraws() {
        int n = 1_000_000;
        double[] z = new double[n];
        Ziggurat.fill(new Rng(20240611L), z);
        double s1 = 0;
        for (double v : z) {
            s1 += v;
        }
        double mean = s1 / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : z) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double variance = m2;
        double skewness = m3 / Math.pow(m2, 1.5);
        double excessKurtosis = m4 / (m2 * m2) - 3;
        assertEquals(0.0, mean, STANDARD_ERRORS * Math.sqrt(1.0 / n), "mean");
        assertEquals(1.0, variance, STANDARD_ERRORS * Math.sqrt(2.0 / n), "variance");
        assertEquals(0.0, skewness, STANDARD_ERRORS * Math.sqrt(6.0 / n), "skewness");
        assertEquals(0.0, excessKurtosis, STANDARD_ERRORS * Math.sqrt(24.0 / n), "excess kurtosis");
    }

    @Test
    void kolmogorovSmirnovAgainstTheNormalCdf() {
        int n = 100_000;
        for (java.util.random.RandomGenerator rng :
                new java.util.random.RandomGenerator[] {new Rng(7L), new SplittableRandom(7L)}) {
            double[] z = new double[n];
            Ziggurat.fill(rng, z);
            Arrays.sort(z);
            Normal normal = Normal.standard();
            double d = 0;
            for (int i = 0; i < n; i++) {
                double c = normal.cdf(z[i]);
                d = Math.max(d, Math.max((i + 1.0) / n - c, c - (double) i / n));
            }
            assertTrue(d < 1.628 / Math.sqrt(n), "KS statistic " + d + " with " + rng.getClass().getSimpleName());
        }
    }

    @Test
    void tailFrequencyBeyondThree() {
        int n = 1_000_000;
        double p = 0.0026997960632601866;
        Rng rng = new Rng(99L);
        int count = 0;
        int beyondR = 0;
        for (int i = 0; i < n; i++) {
            double z = Ziggurat.next(rng);
            if (Math.abs(z) > 3) {
                count++;
            }
            if (Math.abs(z) > Ziggurat.tailStart()) {
                beyondR++;
            }
        }
        assertEquals(p, (double) count / n, STANDARD_ERRORS * Math.sqrt(p * (1 - p) / n), "P(|Z| > 3)");
        // the tail path beyond r ≈ 3.654 must be exercised and have the right mass, 2.58e-4
        double q = Normal.standard().survival(Ziggurat.tailStart()) * 2;
        assertEquals(q, (double) beyondR / n, STANDARD_ERRORS * Math.sqrt(q * (1 - q) / n), "P(|Z| > r)");
    }

    @Test
    void reproducibleForASeedAndFillMatchesNext() {
        double[] a = new double[1000];
        double[] b = new double[1000];
        Ziggurat.fill(new Rng(123L), a);
        Ziggurat.fill(new Rng(123L), b);
        assertArrayEquals(a, b);
        Rng rng = new Rng(123L);
        double[] c = new double[1000];
        for (int i = 0; i < c.length; i++) {
            c[i] = Ziggurat.next(rng);
        }
        assertArrayEquals(a, c);
        double[] d = new double[1000];
        Ziggurat.fill(new Rng(124L), d);
        assertTrue(!Arrays.equals(a, d));
    }
}
