package dev.polya.ml.neural;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.multivariable.autodiff.tensor.Tensor;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fully connected (affine) layer, y = x·W + b, applied to a batch: x is N×in, W is in×out, b has length
 * out and is broadcast over the N rows.
 *
 * <p>W starts as N(0, std²) draws from the given stream (std from the activation that follows,
 * {@link Activation#initialStd}), b at zero. Cost: 2·N·in·out flops forward (one GEMM), twice that backward.
 * Failure modes: non-positive sizes; an input whose second axis is not {@code in}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters (the linear layer
 * and its gradients); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.1 and §6.5.
 */
public final class Linear {

    private final Tensor weight;
    private final Tensor bias;

    /**
     * @param in     inputs per sample, ≥ 1
     * @param out    outputs per sample, ≥ 1
     * @param std    the standard deviation of the initial weights
     * @param random the seeded stream the weights are drawn from
     */
    public Linear(int in, int out, double std, RandomGenerator random) {
        if (in < 1 || out < 1) {
            throw new InvalidArgumentException("Linear: sizes must be ≥ 1, got " + in + " → " + out);
        }
        this.weight = Tensor.randn(random, std, in, out).requiringGrad();
        this.bias = Tensor.zeros(out).requiringGrad();
    }

    /**
     * y = x·W + b.
     *
     * @param x a batch, shape (N, in)
     * @return the outputs, shape (N, out)
     */
    public Tensor forward(Tensor x) {
        int in = weight.shape()[0];
        if (x.rank() != 2 || x.shape()[1] != in) {
            throw new DimensionMismatchException("Linear: input of shape " + java.util.Arrays.toString(x.shape())
                    + " for a layer with " + in + " inputs (expected N × " + in + ")");
        }
        return x.matmul(weight).plus(bias);
    }

    /** @return W (in×out), the live parameter */
    public Tensor weight() {
        return weight;
    }

    /** @return b (out), the live parameter */
    public Tensor bias() {
        return bias;
    }

    /** @return [W, b] */
    public List<Tensor> parameters() {
        return List.of(weight, bias);
    }
}
