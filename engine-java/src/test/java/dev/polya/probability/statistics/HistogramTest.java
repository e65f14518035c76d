package dev.polya.probability.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.probability.distributions.Normal;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class HistogramTest {

    /** Densities are a count over a width over N: a few ulps from NumPy's. */
    private static final double DENSITY_TOL = 1e-14;
    /** Σ densityᵢ·widthᵢ = 1 up to rounding. */
    private static final double AREA_TOL = 1e-12;

    // NumPy 1.24.2, from src/test/reference/histogram_reference.py
    private static final double[] X = {0.0, 0.1, 0.2, 0.3, 0.3, 0.7, 0.9, 1.0, 0.6, 0.4, 0.5, 0.55, 0.25, 0.75, 0.05};
    private static final double[] AUTO_EDGES = {0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001,
        0.7000000000000001, 0.8, 0.9, 1.0};
    private static final double[] AUTO_COUNTS = {2.0, 1.0, 4.0, 0.0, 1.0, 3.0, 1.0, 1.0, 0.0, 2.0};
    private static final double[] AUTO_DENSITIES = {1.3333333333333333, 0.6666666666666666, 2.6666666666666656, 0.0,
        0.6666666666666667, 1.9999999999999984, 0.6666666666666667, 0.6666666666666667, 0.0, 1.3333333333333335};
    private static final double[] RANGE_EDGES = {0.2, 0.4, 0.6000000000000001, 0.8};
    private static final double[] RANGE_COUNTS = {4.0, 4.0, 2.0};
    private static final double[] RANGE_DENSITIES = {2.0, 1.9999999999999993, 1.0000000000000002};
    private static final double[] EXPLICIT_EDGES = {0.0, 0.1, 0.3, 0.75, 1.0};
    private static final double[] EXPLICIT_COUNTS = {2.0, 3.0, 7.0, 3.0};
    private static final double[] EXPLICIT_DENSITIES = {1.3333333333333333, 1.0000000000000002, 1.037037037037037, 0.8};

    @Test
    void equalBinsOverTheDataRangeMatchNumPy() {
        Histogram h = Histogram.of(X, 10);
        assertArrayEquals(AUTO_EDGES, h.edges().toArray(), 0.0);
        assertArrayEquals(AUTO_COUNTS, h.counts().toArray(), 0.0); // values on edges land as in NumPy
        assertArrayEquals(AUTO_DENSITIES, h.densities().toArray(), DENSITY_TOL);
        assertEquals(10, h.bins());
        assertEquals(X.length, h.total(), 0.0);
        assertEquals(h, Histogram.of(Vector.of(X), 10));
    }

    @Test
    void equalBinsOverAGivenRangeIgnoreValuesOutside() {
        Histogram h = Histogram.of(X, 3, 0.2, 0.8);
        assertArrayEquals(RANGE_EDGES, h.edges().toArray(), 0.0);
        assertArrayEquals(RANGE_COUNTS, h.counts().toArray(), 0.0);
        assertArrayEquals(RANGE_DENSITIES, h.densities().toArray(), DENSITY_TOL);
        assertEquals(h, Histogram.of(Vector.of(X), 3, 0.2, 0.8));
    }

    @Test
    void explicitEdgesCloseOnlyTheLastBin() {
        Histogram h = Histogram.of(X, EXPLICIT_EDGES);
        assertArrayEquals(EXPLICIT_COUNTS, h.counts().toArray(), 0.0);
        assertArrayEquals(EXPLICIT_DENSITIES, h.densities().toArray(), DENSITY_TOL);
        assertEquals(h, Histogram.of(Vector.of(X), Vector.of(EXPLICIT_EDGES)));
        assertArrayEquals(new double[] {1, 1}, Histogram.of(new double[] {1, 2}, new double[] {1, 1.5, 2})
                .counts().toArray(), 0.0);
    }

    @Test
    void constantSampleGetsAUnitRangeAsNumPy() {
        Histogram h = Histogram.of(new double[] {3, 3, 3}, 2);
        assertArrayEquals(new double[] {2.5, 3.0, 3.5}, h.edges().toArray(), 0.0);
        assertArrayEquals(new double[] {0, 3}, h.counts().toArray(), 0.0);
    }

    @Test
    void densitiesIntegrateToOneAndApproachTheNormalDensity() {
        Rng rng = new Rng(20);
        Normal normal = Normal.standard();
        double[] x = normal.sample(rng, 200_000).toArray();
        Histogram h = Histogram.of(x, 40, -4, 4);
        assertEquals(1.0, h.densities().dot(h.widths()), AREA_TOL);
        double[] c = h.centers().toArray();
        double[] d = h.densities().toArray();
        for (int i = 0; i < c.length; i++) {
            // a bin of width 0.2 holds ≈ 200000·0.2·f(x) values: the density's sampling error is ≈ √(f/8000)
            assertEquals(normal.pdf(c[i]), d[i], 0.02, "bin centre " + c[i]);
        }
    }

    @Test
    void noValueInRangeGivesNaNDensities() {
        Histogram h = Histogram.of(new double[] {5}, 2, 0, 1);
        assertArrayEquals(new double[] {0, 0}, h.counts().toArray(), 0.0);
        assertTrue(Double.isNaN(h.densities().get(0)));
    }

    @Test
    void invalidInputsAreNamed() {
        assertEquals("histogram: the sample is empty",
                assertThrows(InvalidArgumentException.class, () -> Histogram.of(new double[0], 3)).getMessage());
        assertEquals("histogram: bins must be >= 1, was 0",
                assertThrows(InvalidArgumentException.class, () -> Histogram.of(X, 0)).getMessage());
        assertEquals("histogram: the range must be finite with lo < hi, was [1.0, 0.0]",
                assertThrows(InvalidArgumentException.class, () -> Histogram.of(X, 3, 1, 0)).getMessage());
        assertEquals("histogram: edges must be strictly increasing, but edge 2 = 0.5 follows 0.5",
                assertThrows(InvalidArgumentException.class,
                        () -> Histogram.of(X, new double[] {0, 0.5, 0.5})).getMessage());
        assertEquals("histogram: need at least 2 bin edges, got 1",
                assertThrows(InvalidArgumentException.class, () -> Histogram.of(X, new double[] {0})).getMessage());
        assertThrows(NonFiniteValueException.class, () -> Histogram.of(new double[] {1, Double.NaN}, 2));
        assertThrows(NonFiniteValueException.class,
                () -> Histogram.of(new double[] {1, Double.POSITIVE_INFINITY}, 2));
        assertThrows(NonFiniteValueException.class, () -> Histogram.of(new double[] {Double.NaN}, 2, 0, 1));
        assertThrows(InvalidArgumentException.class,
                () -> new Histogram(Vector.of(0, 1), Vector.of(1, 2), Vector.of(1, 2)));
    }
}
