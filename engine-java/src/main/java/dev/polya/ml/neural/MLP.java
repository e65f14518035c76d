package dev.polya.ml.neural;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.multivariable.autodiff.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron classifier: layers of sizes n₀ → n₁ → … → n_L, each hidden layer an affine map
 * followed by an activation, the last one affine only, giving one score (logit) per class:
 * <pre>  h₀ = x,   hₗ = φ(hₗ₋₁·Wₗ + bₗ)  (l &lt; L),   logits = h_{L−1}·W_L + b_L,   p = softmax(logits).</pre>
 * Weights are drawn from the given seeded stream (He for ReLU, Xavier otherwise), biases start at 0.
 *
 * <p>The parameters are live tensors that require gradients: a loss built from {@link #forward} and
 * differentiated with {@code backward()} leaves ∂L/∂W and ∂L/∂b in them, which {@link Trainer} hands to a
 * first-order method. Cost: 2·N·Σₗ nₗ₋₁nₗ flops per forward pass of N samples. Failure modes: fewer than two
 * sizes, a size &lt; 1, inputs with the wrong number of features.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters (the multilayer
 * perceptron, backpropagation); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, chapter 6; A. Karpathy,
 * micrograd's {@code MLP}.
 */
public final class MLP {

    private final int[] sizes;
    private final Activation activation;
    private final List<Linear> layers;

    /**
     * @param sizes      n₀ (features), the hidden widths, n_L (classes); at least two entries, each ≥ 1
     * @param activation the hidden layers' nonlinearity
     * @param random     the seeded stream the initial weights are drawn from
     */
    public MLP(int[] sizes, Activation activation, RandomGenerator random) {
        if (sizes.length < 2) {
            throw new InvalidArgumentException("MLP: need at least input and output sizes, got "
                    + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new InvalidArgumentException("MLP: layer sizes must be ≥ 1, got " + Arrays.toString(sizes));
            }
        }
        this.sizes = sizes.clone();
        this.activation = activation;
        List<Linear> list = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            Activation next = l < sizes.length - 1 ? activation : Activation.IDENTITY;
            list.add(new Linear(sizes[l - 1], sizes[l], next.initialStd(sizes[l - 1], sizes[l]), random));
        }
        this.layers = Collections.unmodifiableList(list);
    }

    /**
     * The logits of a batch, recorded on the graph.
     *
     * @param x the inputs, shape (N, n₀)
     * @return the class scores, shape (N, n_L)
     */
    public Tensor forward(Tensor x) {
        Tensor h = x;
        for (int l = 0; l < layers.size(); l++) {
            h = layers.get(l).forward(h);
            if (l < layers.size() - 1) {
                h = activation.apply(h);
            }
        }
        return h;
    }

    /** @return every W and b, input layer first (the live tensors an optimizer updates) */
    public List<Tensor> parameters() {
        List<Tensor> p = new ArrayList<>();
        for (Linear layer : layers) {
            p.addAll(layer.parameters());
        }
        return Collections.unmodifiableList(p);
    }

    /** @return the layers, input first */
    public List<Linear> layers() {
        return layers;
    }

    /** @return n₀, …, n_L (a copy) */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The class probabilities softmax(logits) of each row of x (no graph is kept): a decision-boundary grid's
     * colours.
     *
     * @param x the points, N×n₀
     * @return N×n_L probabilities, rows summing to 1
     */
    public Matrix predictProbabilities(Matrix x) {
        return logits(x).softmax(1).toMatrix();
    }

    /**
     * The most probable class of each row of x (the first on ties).
     *
     * @param x the points, N×n₀
     * @return N class indices
     */
    public int[] predict(Matrix x) {
        Tensor z = logits(x);
        int n = x.rows();
        int c = sizes[sizes.length - 1];
        double[] v = z.storage();
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < c; j++) {
                if (v[i * c + j] > v[i * c + best]) {
                    best = j;
                }
            }
            classes[i] = best;
        }
        return classes;
    }

    /**
     * The fraction of rows of x whose predicted class equals the label.
     *
     * @param x      the points, N×n₀
     * @param labels N classes
     * @return accuracy in [0, 1]
     */
    public double accuracy(Matrix x, int[] labels) {
        if (labels.length != x.rows()) {
            throw new DimensionMismatchException("accuracy: " + labels.length + " labels for " + x.rows()
                    + " points");
        }
        int[] predicted = predict(x);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    /** Logits of a matrix of points, evaluated on detached copies of the parameters (no graph). */
    private Tensor logits(Matrix x) {
        if (x.cols() != sizes[0]) {
            throw new DimensionMismatchException("MLP: points have " + x.cols() + " features, the network expects "
                    + sizes[0]);
        }
        Tensor h = Tensor.fromMatrix(x);
        for (int l = 0; l < layers.size(); l++) {
            Linear layer = layers.get(l);
            h = h.matmul(layer.weight().detach()).plus(layer.bias().detach());
            if (l < layers.size() - 1) {
                h = activation.apply(h);
            }
        }
        return h;
    }
}
