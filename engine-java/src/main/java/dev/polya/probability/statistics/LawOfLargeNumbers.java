package dev.polya.probability.statistics;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.probability.distributions.ContinuousDistribution;
import dev.polya.probability.distributions.DiscreteDistribution;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * The laws of large numbers and the central limit theorem in code: running means of a sequence, matrices of
 * repeated experiments and the sample means whose histogram the central limit theorem describes.
 *
 * <p>For independent draws X₁, X₂, … with mean μ, the running mean X̄ₙ = (X₁ + … + Xₙ)/n tends to μ (the weak law
 * in probability, the strong law almost surely); the central limit theorem says √n (X̄ₙ − μ)/σ tends in
 * distribution to N(0, 1), so the k sample means of {@link #sampleMeans} have a histogram close to the density of
 * N(μ, σ²/n). An experiment matrix has one repetition per row: row i holds the n draws of repetition i, drawn in
 * row-major order from the one stream, so a seed fixes the whole matrix.
 *
 * <p>Cost: O(k·n) draws and additions. Running means use the plain cumulative sum divided by the count, as
 * {@code np.cumsum(x) / np.arange(1, n + 1)} (the same doubles).
 *
 * <p>Failure modes: an empty sequence, k &lt; 1 or n &lt; 1 throw {@link InvalidArgumentException} naming the value.
 *
 * <p>Book: chapter 20 (the law of large numbers, the central limit theorem). Reference: W. Feller, <i>An
 * Introduction to Probability Theory and Its Applications</i>, vol. 1, 3rd ed., Wiley 1968, ch. X.
 */
public final class LawOfLargeNumbers {

    private LawOfLargeNumbers() {
    }

    /**
     * The running means X̄ₘ = (x₁ + … + xₘ)/m for m = 1, …, n.
     *
     * @param x a non-empty sequence
     * @return the n running means; the last is the mean of x
     */
    public static Vector runningMeans(double[] x) {
        if (x.length == 0) {
            throw new InvalidArgumentException("runningMeans: the sequence is empty");
        }
        double[] m = new double[x.length];
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i];
            m[i] = s / (i + 1);
        }
        return Vector.of(m);
    }

    /** @see #runningMeans(double[]) */
    public static Vector runningMeans(Vector x) {
        return runningMeans(x.toArray());
    }

    /**
     * The running means of each row of an experiment matrix: entry (i, m) is the mean of the first m + 1 draws of
     * repetition i (one path of X̄ₙ per row, for plotting the law of large numbers).
     *
     * @param experiments a k×n matrix, one repetition per row
     * @return the k×n matrix of running means
     */
    public static Matrix runningMeans(Matrix experiments) {
        int k = experiments.rows();
        int n = experiments.cols();
        if (k == 0 || n == 0) {
            throw new InvalidArgumentException("runningMeans: the experiment matrix is empty (" + k + "×" + n + ")");
        }
        double[] a = experiments.toRowMajorArray();
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j];
                a[i * n + j] = s / (j + 1);
            }
        }
        return Matrix.of(k, n, a);
    }

    /**
     * k repetitions of n independent draws of a continuous distribution.
     *
     * @param distribution the distribution to draw from
     * @param repetitions  k ≥ 1
     * @param n            draws per repetition, ≥ 1
     * @param random       the stream; rows are drawn one after the other
     * @return the k×n matrix, row i the draws of repetition i
     */
    public static Matrix experiments(ContinuousDistribution distribution, int repetitions, int n,
            RandomGenerator random) {
        return experiments(() -> distribution.sample(random), repetitions, n);
    }

    /**
     * k repetitions of n independent draws of a discrete distribution (the outcomes as doubles).
     *
     * @param distribution the distribution to draw from
     * @param repetitions  k ≥ 1
     * @param n            draws per repetition, ≥ 1
     * @param random       the stream; rows are drawn one after the other
     * @return the k×n matrix, row i the draws of repetition i
     */
    public static Matrix experiments(DiscreteDistribution distribution, int repetitions, int n,
            RandomGenerator random) {
        return experiments(() -> distribution.sample(random), repetitions, n);
    }

    /**
     * The k sample means X̄ₙ of k experiments of size n: the sample whose histogram the central limit theorem
     * describes (approximately N(μ, σ²/n)). The same numbers as the row means of
     * {@link #experiments(ContinuousDistribution, int, int, RandomGenerator)} with the same stream, without
     * storing the k×n draws.
     *
     * @param distribution the distribution to draw from
     * @param repetitions  k ≥ 1
     * @param n            the sample size of each experiment, ≥ 1
     * @param random       the stream
     * @return the k sample means
     */
    public static Vector sampleMeans(ContinuousDistribution distribution, int repetitions, int n,
            RandomGenerator random) {
        return sampleMeans(() -> distribution.sample(random), repetitions, n);
    }

    /**
     * The k sample means of k experiments of size n of a discrete distribution.
     *
     * @see #sampleMeans(ContinuousDistribution, int, int, RandomGenerator)
     */
    public static Vector sampleMeans(DiscreteDistribution distribution, int repetitions, int n,
            RandomGenerator random) {
        return sampleMeans(() -> distribution.sample(random), repetitions, n);
    }

    /**
     * The mean of each row of an experiment matrix.
     *
     * @param experiments a k×n matrix, one repetition per row
     * @return the k row means
     */
    public static Vector sampleMeans(Matrix experiments) {
        int k = experiments.rows();
        int n = experiments.cols();
        if (k == 0 || n == 0) {
            throw new InvalidArgumentException("sampleMeans: the experiment matrix is empty (" + k + "×" + n + ")");
        }
        double[] a = experiments.toRowMajorArray();
        double[] means = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j];
            }
            means[i] = s / n;
        }
        return Vector.of(means);
    }

    /** k×n draws of {@code draw}, row by row (the same order as k experiments one after the other). */
    private static Matrix experiments(DoubleSupplier draw, int repetitions, int n) {
        requireSizes(repetitions, n);
        double[] a = new double[Math.multiplyExact(repetitions, n)];
        for (int i = 0; i < a.length; i++) {
            a[i] = draw.getAsDouble();
        }
        return Matrix.of(repetitions, n, a);
    }

    /** The means of k experiments of n draws of {@code draw}, without storing the draws. */
    private static Vector sampleMeans(DoubleSupplier draw, int repetitions, int n) {
        requireSizes(repetitions, n);
        double[] means = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += draw.getAsDouble();
            }
            means[i] = s / n;
        }
        return Vector.of(means);
    }

    private static void requireSizes(int repetitions, int n) {
        if (repetitions < 1) {
            throw new InvalidArgumentException("experiments: repetitions must be >= 1, was " + repetitions);
        }
        if (n < 1) {
            throw new InvalidArgumentException("experiments: n (draws per repetition) must be >= 1, was " + n);
        }
    }
}
