package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.ValueAndGradient;
import java.util.Objects;

/**
 * A loss that is a mean over a data set, L(x) = (1/N) Σᵢ ℓᵢ(x) (chapter 17), evaluated on mini-batches:
 * L_B(x) = (1/|B|) Σ_{i∈B} ℓᵢ(x) and its gradient, an unbiased estimate of L and ∇L when B is drawn at random.
 *
 * <p>Implement {@link #valueAndGradient} directly when a batch can be evaluated faster than example by example
 * (a matrix product over the batch's rows); or build one from a per-example loss with {@link #mean}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; L. Bottou, F. E. Curtis and
 * J. Nocedal, "Optimization methods for large-scale machine learning", SIAM Review 60(2), 2018, §3.
 */
public interface BatchObjective {

    /**
     * @return N, the number of examples
     */
    int size();

    /**
     * The mean loss over a batch and its gradient.
     *
     * @param x     the parameters
     * @param batch indices of examples in 0 … N − 1, not empty
     * @return L_B(x) and ∇L_B(x)
     */
    ValueAndGradient valueAndGradient(Vector x, int[] batch);

    /** The loss of one example and its gradient. */
    @FunctionalInterface
    interface ExampleLoss {

        /**
         * ℓᵢ(x) and ∇ℓᵢ(x).
         *
         * @param x the parameters
         * @param i the example's index
         * @return the loss and its gradient
         */
        ValueAndGradient valueAndGradient(Vector x, int i);
    }

    /**
     * The mean of per-example losses: L_B(x) = (1/|B|) Σ_{i∈B} ℓᵢ(x), cost |B| example evaluations.
     *
     * @param size N ≥ 1
     * @param loss (x, i) ↦ (ℓᵢ(x), ∇ℓᵢ(x))
     * @return the objective
     */
    static BatchObjective mean(int size, ExampleLoss loss) {
        Objects.requireNonNull(loss, "loss");
        if (size < 1) {
            throw new InvalidArgumentException("batch objective: the data set must have at least one example, was "
                    + size);
        }
        return new BatchObjective() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public ValueAndGradient valueAndGradient(Vector x, int[] batch) {
                if (batch.length == 0) {
                    throw new InvalidArgumentException("batch objective: empty batch");
                }
                int n = x.size();
                double value = 0;
                double[] gradient = new double[n];
                for (int i : batch) {
                    if (i < 0 || i >= size) {
                        throw new InvalidArgumentException("batch objective: example index " + i
                                + " outside 0 … " + (size - 1));
                    }
                    ValueAndGradient vg = loss.valueAndGradient(x, i);
                    if (vg.gradient().size() != n) {
                        throw new DimensionMismatchException("batch objective: example " + i + " has a gradient of "
                                + vg.gradient().size() + " components but x has " + n);
                    }
                    value += vg.value();
                    for (int j = 0; j < n; j++) {
                        gradient[j] += vg.gradient().get(j);
                    }
                }
                double scale = 1.0 / batch.length;
                for (int j = 0; j < n; j++) {
                    gradient[j] *= scale;
                }
                return new ValueAndGradient(value * scale, Vector.of(gradient));
            }
        };
    }
}
