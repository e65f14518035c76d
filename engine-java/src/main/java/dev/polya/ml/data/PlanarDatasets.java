package dev.polya.ml.data;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import java.util.random.RandomGenerator;

/**
 * Two-class toy problems in the plane, the first data sets a neural network is tried on: XOR, two
 * interleaving moons and two interleaved spirals. None is linearly separable; all are seeded through the
 * generator passed in (polya's {@code Rng}), so the same seed gives the same points.
 *
 * <ul>
 *   <li>XOR: (0,0)↦0, (0,1)↦1, (1,0)↦1, (1,1)↦0 — the function a single-layer perceptron cannot represent.
 *   <li>two moons (scikit-learn's {@code make_moons}): ⌊n/2⌋ points (cos tᵢ, sin tᵢ) of class 0 and the rest
 *       (1 − cos tᵢ, ½ − sin tᵢ) of class 1, tᵢ evenly spaced in [0, π], plus N(0, noise²) on each coordinate.
 *   <li>spirals: for class c and i = 1, …, m: rᵢ = i/m, θᵢ = 2π·turns·rᵢ + cπ, the point rᵢ(cos θᵢ, sin θᵢ)
 *       plus N(0, noise²) on each coordinate; the two arms are each other rotated by π.
 * </ul>
 *
 * <p>Cost: O(n) draws. Failure modes: fewer than 2 points, negative or non-finite noise, turns ≤ 0.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters; scikit-learn,
 * {@code sklearn.datasets.make_moons}; Minsky and Papert, <i>Perceptrons</i> (1969) for XOR; A. Karpathy,
 * CS231n notes "Putting it together: minimal neural network case study" for the spiral.
 */
public final class PlanarDatasets {

    private PlanarDatasets() {
    }

    /** @return the four points of XOR in the unit square with their classes */
    public static ClassificationData xor() {
        Matrix points = Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        return new ClassificationData(points, new int[] {0, 1, 1, 0}, 2);
    }

    /**
     * Two interleaving half circles (scikit-learn's {@code make_moons}, not shuffled: class 0 first).
     *
     * @param n      the number of points, ≥ 2 (⌊n/2⌋ of class 0)
     * @param noise  the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
     * @param random the seeded stream the noise is drawn from
     * @return n points in the plane with classes 0 and 1
     */
    public static ClassificationData twoMoons(int n, double noise, RandomGenerator random) {
        check("twoMoons", n, noise);
        int outer = n / 2;
        int inner = n - outer;
        double[] xy = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < outer; i++) {
            double t = outer == 1 ? 0 : Math.PI * i / (outer - 1);
            xy[2 * i] = Math.cos(t) + noise * random.nextGaussian();
            xy[2 * i + 1] = Math.sin(t) + noise * random.nextGaussian();
        }
        for (int i = 0; i < inner; i++) {
            double t = inner == 1 ? 0 : Math.PI * i / (inner - 1);
            int row = outer + i;
            xy[2 * row] = 1 - Math.cos(t) + noise * random.nextGaussian();
            xy[2 * row + 1] = 0.5 - Math.sin(t) + noise * random.nextGaussian();
            labels[row] = 1;
        }
        return new ClassificationData(Matrix.of(n, 2, xy), labels, 2);
    }

    /**
     * Two interleaved spiral arms, ⌊n/2⌋ points of class 0 then the rest of class 1.
     *
     * @param n      the number of points, ≥ 2
     * @param turns  how many times each arm winds around the origin, &gt; 0
     * @param noise  the standard deviation of the Gaussian noise added to each coordinate, ≥ 0
     * @param random the seeded stream the noise is drawn from
     * @return n points in the plane with classes 0 and 1
     */
    public static ClassificationData spirals(int n, double turns, double noise, RandomGenerator random) {
        check("spirals", n, noise);
        if (!(turns > 0) || Double.isInfinite(turns)) {
            throw new InvalidArgumentException("spirals: turns must be finite and > 0, was " + turns);
        }
        double[] xy = new double[2 * n];
        int[] labels = new int[n];
        int first = n / 2;
        for (int row = 0; row < n; row++) {
            int c = row < first ? 0 : 1;
            int m = c == 0 ? first : n - first;
            int i = (c == 0 ? row : row - first) + 1;
            double r = (double) i / m;
            double theta = 2 * Math.PI * turns * r + c * Math.PI;
            xy[2 * row] = r * Math.cos(theta) + noise * random.nextGaussian();
            xy[2 * row + 1] = r * Math.sin(theta) + noise * random.nextGaussian();
            labels[row] = c;
        }
        return new ClassificationData(Matrix.of(n, 2, xy), labels, 2);
    }

    private static void check(String operation, int n, double noise) {
        if (n < 2) {
            throw new InvalidArgumentException(operation + ": need at least 2 points (one per class), got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new InvalidArgumentException(operation + ": noise must be finite and ≥ 0, was " + noise);
        }
    }
}
