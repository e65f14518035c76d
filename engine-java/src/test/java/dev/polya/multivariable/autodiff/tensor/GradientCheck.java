package dev.polya.multivariable.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Reverse-mode gradients against central differences, ∂L/∂xᵢ ≈ (L(x + h eᵢ) − L(x − h eᵢ)) / 2h, error O(h²).
 *
 * <p>A non-scalar output y is reduced to L = Σ wⱼ yⱼ with fixed random weights w, so that the whole
 * vector–Jacobian product is checked (a plain sum would hide errors in directions where Σ y is constant, as
 * for softmax).
 */
final class GradientCheck {

    /** Step of the central difference: h³ truncation and ε/h rounding balance near 1e-5 for O(1) values. */
    static final double STEP = 1e-5;
    /** Agreement of AD with central differences, relative to max(1, |∂L/∂xᵢ|). */
    static final double TOLERANCE = 1e-7;

    private GradientCheck() {
    }

    /** Random values in [−2, 2) (seeded). */
    static Tensor random(long seed, int... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[Broadcast.size(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = 4 * r.nextDouble() - 2;
        }
        return Tensor.of(shape, v);
    }

    /** Random values in [lo, hi) (seeded). */
    static Tensor random(long seed, double lo, double hi, int... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[Broadcast.size(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        return Tensor.of(shape, v);
    }

    /** Checks ∂L/∂inputs of L = Σ w ⊙ f(inputs) by AD against central differences. */
    static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] leaves = new Tensor[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            leaves[k] = inputs[k].requiringGrad();
        }
        Tensor y = f.apply(leaves);
        Tensor w = random(12345, y.shape);
        Function<Tensor[], Double> loss = xs -> weighted(f.apply(xs), w);
        Tensor l = y.times(w).sum();
        l.backward();
        for (int k = 0; k < inputs.length; k++) {
            double[] ad = leaves[k].grad().values();
            double[] fd = centralDifference(loss, inputs, k);
            for (int i = 0; i < ad.length; i++) {
                assertEquals(fd[i], ad[i], TOLERANCE * Math.max(1, Math.abs(fd[i])),
                        "input " + k + " element " + i + ": AD " + Arrays.toString(ad) + " vs FD "
                                + Arrays.toString(fd));
            }
        }
    }

    private static double weighted(Tensor y, Tensor w) {
        double s = 0;
        for (int i = 0; i < y.size(); i++) {
            s += y.storage()[i] * w.storage()[i];
        }
        return s;
    }

    private static double[] centralDifference(Function<Tensor[], Double> loss, Tensor[] inputs, int k) {
        double[] x = inputs[k].values();
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            x[i] = xi + STEP;
            double up = loss.apply(replace(inputs, k, x));
            x[i] = xi - STEP;
            double down = loss.apply(replace(inputs, k, x));
            x[i] = xi;
            g[i] = (up - down) / (2 * STEP);
        }
        return g;
    }

    private static Tensor[] replace(Tensor[] inputs, int k, double[] values) {
        Tensor[] copy = inputs.clone();
        copy[k] = Tensor.of(inputs[k].shape(), values);
        return copy;
    }
}
