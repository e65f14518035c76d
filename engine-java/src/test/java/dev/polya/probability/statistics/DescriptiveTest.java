package dev.polya.probability.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import org.junit.jupiter.api.Test;

class DescriptiveTest {

    private static final double[] DATA = {10, 12, 15, 18, 20, 22, 25, 30, 35, 40};

    // NumPy 1.24.2 / SciPy 1.10.1, from src/test/reference/statistics_reference.py
    private static final double[] X = {3.1, -1.2, 4.7, 0.5, 2.2, 9.8, -3.3, 5.0, 1.1};
    private static final double[] Y = {2.0, -0.7, 5.1, 1.4, 1.9, 8.2, -2.5, 4.4, 0.3};
    private static final double[] QS = {0.0, 0.1, 0.25, 0.33, 0.5, 0.75, 0.9, 1.0};
    private static final double[] QUANTILES = {-3.3, -1.6199999999999997, 0.5, 0.8840000000000001, 2.2, 4.7,
        5.960000000000001, 9.8};
    private static final double PEARSON = 0.9825023561944417;
    private static final double[][] CORRELATION = {{0.9999999999999999, 0.9825023561944419, 0.7743977147040314},
        {0.982502356194442, 1.0, 0.75734031686626}, {0.7743977147040315, 0.75734031686626, 1.0}};
    private static final double[][] COVARIANCE = {{14.76, 12.240000000000002, 82.41558333333334},
        {12.240000000000002, 10.514999999999997, 68.02958333333335},
        {82.41558333333334, 68.02958333333335, 767.3688944444447}};

    @Test
    void catalog() {
        assertEquals(22.7, Descriptive.mean(DATA), 1e-13);
        assertEquals(21.0, Descriptive.median(DATA), 0.0);
        assertEquals(10.0, Descriptive.mode(DATA), 0.0);
        // the catalog's var and std are NumPy's defaults, ddof = 0
        assertEquals(87.41, Descriptive.variance(DATA, 0), 1e-12);
        assertEquals(9.34933152690608, Descriptive.sd(DATA, 0), 1e-13);
        assertEquals(874.1 / 9, Descriptive.variance(Vector.of(DATA), 1), 1e-12);
        assertEquals(22.7, Descriptive.mean(Vector.of(DATA)), 1e-13);
        assertEquals(21.0, Descriptive.median(Vector.of(DATA)), 0.0);
        assertEquals(9.34933152690608, Descriptive.sd(Vector.of(DATA), 0), 1e-13);
    }

    @Test
    void medianOfOddSampleAndModeTies() {
        assertEquals(3.0, Descriptive.median(new double[] {5, 1, 3}), 0.0);
        assertEquals(2.0, Descriptive.mode(new double[] {3, 3, 2, 2, 7}), 0.0);
        assertEquals(3.0, Descriptive.mode(Vector.of(1, 3, 3, 2)), 0.0);
    }

    @Test
    void modeOfDiscreteData() {
        // die rolls: scipy.stats.mode([1, 6, 4, 4, 2, 6, 4, 3, 6, 5]) = 4 (smallest of the tied 4 and 6)
        assertEquals(4.0, Descriptive.mode(new double[] {1, 6, 4, 4, 2, 6, 4, 3, 6, 5}), 0.0);
        assertEquals(7.0, Descriptive.mode(new double[] {7}), 0.0);
        // −0.0 and 0.0 are the same value, as for np.unique
        assertEquals(0.0, Descriptive.mode(new double[] {-0.0, 5, 0.0, 5, 0.0}), 0.0);
    }

    @Test
    void quantileMatchesNumPyLinear() {
        for (int i = 0; i < QS.length; i++) {
            assertEquals(QUANTILES[i], Descriptive.quantile(X, QS[i]), 1e-15, "q = " + QS[i]);
        }
        assertEquals(QUANTILES[2], Descriptive.quantile(Vector.of(X), 0.25), 1e-15);
    }

    @Test
    void correlationMatchesSciPyAndNumPy() {
        assertEquals(PEARSON, Descriptive.correlation(X, Y), 1e-14);
        assertEquals(PEARSON, Descriptive.correlation(Vector.of(X), Vector.of(Y)), 1e-14);
        Matrix data = data();
        Matrix r = Descriptive.correlation(data);
        Matrix c = Descriptive.covariance(data);
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(CORRELATION[j][k], r.get(j, k), 1e-14);
                assertEquals(COVARIANCE[j][k], c.get(j, k), 1e-12 * Math.abs(COVARIANCE[j][k]));
            }
        }
    }

    @Test
    void covarianceIsCenteredGramOverNMinusOne() {
        Matrix x = data();
        int n = x.rows();
        double[][] a = x.toArray();
        double[] mean = Standardization.columnMeans(x);
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] -= mean[j];
            }
        }
        Matrix centered = Matrix.of(a);
        Matrix expected = centered.transpose().times(centered).div(n - 1);
        Matrix cov = Descriptive.covariance(x);
        Matrix pop = Descriptive.covariance(x, 0);
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(expected.get(j, k), cov.get(j, k), 1e-12 * Math.abs(expected.get(j, k)));
                assertEquals(expected.get(j, k) * (n - 1) / n, pop.get(j, k), 1e-12 * Math.abs(expected.get(j, k)));
            }
            assertEquals(Descriptive.variance(x.column(j), 1), cov.get(j, j), 1e-12 * cov.get(j, j));
        }
    }

    @Test
    void badInputIsRefusedWithExactMessages() {
        double[] empty = new double[0];
        assertEquals("mean: the sample is empty",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.mean(empty)).getMessage());
        assertEquals("quantile: the sample is empty",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.median(empty)).getMessage());
        assertEquals("mode: the sample is empty",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.mode(empty)).getMessage());
        assertEquals("variance: the sample is empty",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.variance(empty, 0)).getMessage());
        assertEquals("variance: ddof must be in 0..0 for 1 values, was 1",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.variance(new double[] {1}, 1)).getMessage());
        assertEquals("standard deviation: ddof must be in 0..9 for 10 values, was 10",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.sd(DATA, 10)).getMessage());
        assertEquals("quantile: q must be in [0, 1], was 1.5",
                assertThrows(InvalidArgumentException.class, () -> Descriptive.quantile(DATA, 1.5)).getMessage());
        assertEquals("correlation: x has 2 values but y has 3",
                assertThrows(InvalidArgumentException.class,
                        () -> Descriptive.correlation(new double[] {1, 2}, new double[] {1, 2, 3})).getMessage());
        assertEquals("correlation: y is constant (standard deviation 0)",
                assertThrows(InvalidArgumentException.class,
                        () -> Descriptive.correlation(new double[] {1, 2}, new double[] {4, 4})).getMessage());
        assertEquals("correlation: column 1 is constant (standard deviation 0)",
                assertThrows(InvalidArgumentException.class,
                        () -> Descriptive.correlation(Matrix.of(new double[] {1, 2}, new double[] {2, 2}))).getMessage());
        assertEquals("covariance: ddof must be in 0..0 for 1 values, was 1",
                assertThrows(InvalidArgumentException.class,
                        () -> Descriptive.covariance(Matrix.of(new double[] {1, 2}))).getMessage());
    }

    private static Matrix data() {
        double[][] rows = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            rows[i] = new double[] {X[i], Y[i], X[i] * X[i] - Y[i]};
        }
        return Matrix.of(rows);
    }
}
