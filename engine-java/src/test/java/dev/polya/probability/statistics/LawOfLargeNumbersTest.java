package dev.polya.probability.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.probability.distributions.Bernoulli;
import dev.polya.probability.distributions.Exponential;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class LawOfLargeNumbersTest {

    // NumPy 1.24.2 np.cumsum(y) / np.arange(1, n + 1), from src/test/reference/histogram_reference.py
    private static final double[] Y = {3.0, -1.0, 4.0, 1.5, -5.0, 9.0, 2.6, 5.0};
    private static final double[] RUNNING_MEANS = {3.0, 1.0, 2.0, 1.875, 0.5, 1.9166666666666667, 2.0142857142857142,
        2.3875};

    /** Five standard errors of a mean of n draws: a seeded test fails only if the sampler is wrong. */
    private static final double STANDARD_ERRORS = 5.0;

    @Test
    void runningMeansAreNumPysCumulativeMeans() {
        assertArrayEquals(RUNNING_MEANS, LawOfLargeNumbers.runningMeans(Y).toArray(), 0.0);
        assertArrayEquals(RUNNING_MEANS, LawOfLargeNumbers.runningMeans(Vector.of(Y)).toArray(), 0.0);
        Matrix two = Matrix.ofRows(Vector.of(Y), Vector.of(Y).times(2));
        Matrix paths = LawOfLargeNumbers.runningMeans(two);
        assertArrayEquals(RUNNING_MEANS, paths.row(0).toArray(), 0.0);
        assertArrayEquals(Vector.of(RUNNING_MEANS).times(2).toArray(), paths.row(1).toArray(), 0.0);
    }

    @Test
    void experimentsAreDrawnRowByRowFromTheStream() {
        Exponential exp = new Exponential(2.0);
        Matrix m = LawOfLargeNumbers.experiments(exp, 3, 4, new Rng(7));
        assertEquals(3, m.rows());
        assertEquals(4, m.cols());
        Rng rng = new Rng(7);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(exp.sample(rng), m.get(i, j), 0.0);
            }
        }
        Vector means = LawOfLargeNumbers.sampleMeans(exp, 3, 4, new Rng(7));
        assertArrayEquals(LawOfLargeNumbers.sampleMeans(m).toArray(), means.toArray(), 0.0);
    }

    @Test
    void runningMeanConvergesToTheExpectation() {
        // the strong law: X̄ₙ → p for Bernoulli(p); the error at n is about √(p(1−p)/n)
        Bernoulli coin = new Bernoulli(0.3);
        int n = 100_000;
        Matrix draws = LawOfLargeNumbers.experiments(coin, 1, n, new Rng(11));
        Vector path = LawOfLargeNumbers.runningMeans(draws.row(0));
        assertEquals(0.3, path.get(n - 1), STANDARD_ERRORS * Math.sqrt(0.21 / n));
    }

    @Test
    void sampleMeansFollowTheCentralLimitTheorem() {
        // Exponential(rate 1): μ = 1, σ² = 1, so X̄ₙ ≈ N(1, 1/n)
        int k = 4000;
        int n = 50;
        Vector means = LawOfLargeNumbers.sampleMeans(new Exponential(1.0), k, n, new Rng(3));
        assertEquals(1.0, Descriptive.mean(means), STANDARD_ERRORS * Math.sqrt(1.0 / n / k));
        // the variance of k means estimates 1/n with relative standard error √(2/k) (plus a small skew term)
        assertEquals(1.0 / n, Descriptive.variance(means, 1), STANDARD_ERRORS * Math.sqrt(2.0 / k) / n);
        Vector coinMeans = LawOfLargeNumbers.sampleMeans(new Bernoulli(0.5), k, n, new Rng(4));
        assertEquals(0.5, Descriptive.mean(coinMeans), STANDARD_ERRORS * Math.sqrt(0.25 / n / k));
    }

    @Test
    void invalidSizesAreNamed() {
        Exponential exp = new Exponential(1.0);
        assertEquals("experiments: repetitions must be >= 1, was 0", assertThrows(InvalidArgumentException.class,
                () -> LawOfLargeNumbers.experiments(exp, 0, 3, new Rng(1))).getMessage());
        assertEquals("experiments: n (draws per repetition) must be >= 1, was -2",
                assertThrows(InvalidArgumentException.class,
                        () -> LawOfLargeNumbers.sampleMeans(exp, 2, -2, new Rng(1))).getMessage());
        assertEquals("runningMeans: the sequence is empty", assertThrows(InvalidArgumentException.class,
                () -> LawOfLargeNumbers.runningMeans(new double[0])).getMessage());
    }
}
