package dev.polya.ml.neural;

import dev.polya.core.DimensionMismatchException;
import dev.polya.linalg.Matrix;
import dev.polya.multivariable.autodiff.tensor.Losses;
import dev.polya.multivariable.autodiff.tensor.Tensor;
import dev.polya.multivariable.optimize.FirstOrderMethod;
import dev.polya.probability.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Mini-batch training of an {@link MLP} classifier on the softmax cross-entropy loss with any
 * {@link FirstOrderMethod} (gradient descent, momentum, RMSProp, Adam…).
 *
 * <p>Each step s takes a mini-batch B (rows of a seeded permutation, fresh each epoch) and does
 * <pre>  L = (1/|B|) Σ_{i∈B} [LSE(f(xᵢ)) − f(xᵢ)_{yᵢ}],   zero ∇,   ∇θ L by backpropagation,   θ ← θ − Δ(∇θ L)</pre>
 * with one updater per parameter tensor, so stateful methods (momentum, Adam's moments) keep state per tensor.
 * The loss of every step and every epoch is recorded ({@link TrainingHistory}).
 *
 * <p>Cost per epoch: one forward and one backward pass over the data, about 6·n·Σₗ nₗ₋₁nₗ flops. Failure
 * modes: points and labels of different counts, points with the wrong number of features, labels outside the
 * network's classes; a loss that becomes NaN or ±∞ stops training with a {@link TrainingDivergedException}
 * naming the step, and so does a loss that grows more than {@link #DIVERGENCE_FACTOR} times above the first
 * step's (the parameters are then left as they were after the previous step's update).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 and the neural-network chapters
 * (training a network); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, Algorithm 8.1 (SGD).
 */
public final class Trainer {

    /**
     * A loss this many times above the first step's (or above 1, if larger) counts as divergence: training
     * stops instead of returning a network with huge weights. Cross-entropy of a random network is about
     * ln(classes), so no honest run gets near.
     */
    public static final double DIVERGENCE_FACTOR = 1e10;

    private Trainer() {
    }

    /**
     * Trains the model in place.
     *
     * @param model   the network, updated in place
     * @param x       the training points, n×n₀
     * @param labels  their classes, n integers in [0, n_L)
     * @param method  the update rule
     * @param options epochs, batch size, shuffle seed
     * @return the loss curve
     * @throws TrainingDivergedException when the loss is not finite or diverges, naming the step
     */
    public static TrainingHistory train(MLP model, Matrix x, int[] labels, FirstOrderMethod method,
                                        TrainingOptions options) {
        int n = x.rows();
        int d = x.cols();
        if (labels.length != n) {
            throw new DimensionMismatchException("train: " + labels.length + " labels for " + n + " points");
        }
        if (d != model.sizes()[0]) {
            throw new DimensionMismatchException("train: points have " + d + " features, the network expects "
                    + model.sizes()[0]);
        }
        List<Tensor> parameters = model.parameters();
        List<FirstOrderMethod.Updater> updaters = new ArrayList<>();
        for (Tensor p : parameters) {
            updaters.add(method.updater(p.size()));
        }
        double[] points = x.toRowMajorArray();
        Rng random = new Rng(options.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int batchSize = Math.min(options.batchSize(), n);
        int stepsPerEpoch = (n + batchSize - 1) / batchSize;
        double[] stepLosses = new double[options.epochs() * stepsPerEpoch];
        double[] epochLosses = new double[options.epochs()];
        double lastFinite = Double.NaN;
        int step = 0;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            double epochSum = 0;
            for (int start = 0; start < n; start += batchSize) {
                int size = Math.min(batchSize, n - start);
                double[] batch = new double[size * d];
                int[] y = new int[size];
                for (int r = 0; r < size; r++) {
                    System.arraycopy(points, order[start + r] * d, batch, r * d, d);
                    y[r] = labels[order[start + r]];
                }
                Tensor loss = Losses.crossEntropy(model.forward(Tensor.of(new int[] {size, d}, batch)), y);
                double value = loss.item();
                step++;
                if (!Double.isFinite(value)) {
                    throw new TrainingDivergedException("train: loss became " + value + " at step " + step
                            + " (epoch " + epoch + "); last finite loss " + lastFinite
                            + " — the learning rate is probably too large", step, epoch);
                }
                if (step > 1 && value > DIVERGENCE_FACTOR * Math.max(1.0, stepLosses[0])) {
                    throw new TrainingDivergedException(String.format(Locale.ROOT,
                            "train: the loss grew from %.6g (step 1) to %.6g at step %d (epoch %d)"
                                    + " — the learning rate is probably too large", stepLosses[0], value, step, epoch),
                            step, epoch);
                }
                lastFinite = value;
                stepLosses[step - 1] = value;
                epochSum += value * size;
                for (Tensor p : parameters) {
                    p.zeroGrad();
                }
                loss.backward();
                for (int k = 0; k < parameters.size(); k++) {
                    Tensor p = parameters.get(k);
                    updaters.get(k).update(p.storage(), p.gradStorage());
                }
            }
            epochLosses[epoch - 1] = epochSum / n;
        }
        return new TrainingHistory(stepLosses, epochLosses);
    }

    /** Fisher–Yates: a uniform random permutation in place. */
    private static void shuffle(int[] a, Rng random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
