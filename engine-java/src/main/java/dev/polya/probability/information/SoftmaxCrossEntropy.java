package dev.polya.probability.information;

import dev.polya.calculus.Softmax;
import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;

/**
 * The softmax cross-entropy loss of a classifier: the cross-entropy H(t, softmax(z)) between a target
 * distribution t over K classes and the softmax of the logits z, with its gradient in z.
 *
 * <p>Formula: with softmax(z)ᵢ = e^{zᵢ} / Σⱼ e^{zⱼ}, the loss is L = −Σᵢ tᵢ ln softmax(z)ᵢ = Σᵢ tᵢ (LSE(z) − zᵢ),
 * where LSE(z) = ln Σⱼ e^{zⱼ} is written m + ln(1 + Σ_{j≠j*} e^{zⱼ − m}) with m = z_{j*} = max z (the
 * log-sum-exp trick of {@link dev.polya.calculus.LogSumExp}); so no exponential overflows, and each term
 * LSE(z) − zᵢ is formed as (m − zᵢ) + ln(1 + …), which keeps its relative accuracy even when the logits are large
 * (1000, 1001, 999) and the loss is small. For a class index y (a one-hot t) the loss is LSE(z) − z_y. The gradient is ∂L/∂z = softmax(z) − t (for Σ t = 1). A batch (one row of logits per example)
 * gives the mean loss over the rows, as PyTorch's {@code cross_entropy} with its default mean reduction.
 *
 * <p>Cost: O(K) per example, two passes over the logits. Accuracy: the log-sum-exp is accurate to a few ulps;
 * a few ulps of the loss, whatever the size of the logits.
 *
 * <p>Failure modes: a non-finite logit throws {@link NonFiniteValueException} naming its position; a class index
 * outside 0 until K, or a target that is not a probability vector (negative entries or a sum off 1 by more than
 * {@link Entropy#SUM_TOLERANCE}), throws {@link InvalidArgumentException}; mismatched lengths or batch sizes throw
 * {@link DimensionMismatchException}.
 *
 * <p>Book: chapter 20 (information theory: entropy and cross-entropy as the loss of a classifier). Reference:
 * I. Goodfellow, Y. Bengio, A. Courville, <i>Deep Learning</i>, MIT Press 2016, §6.2.2.3; PyTorch
 * {@code torch.nn.functional.cross_entropy}.
 */
public final class SoftmaxCrossEntropy {

    private static final String OP = "softmax cross-entropy";

    private SoftmaxCrossEntropy() {
    }

    /**
     * The loss of one example with a class index: LSE(z) − z_y.
     *
     * @param logits the K ≥ 1 logits z, finite
     * @param label  the true class y, 0 ≤ y &lt; K
     * @return the loss ≥ 0
     */
    public static double loss(double[] logits, int label) {
        requireLogits(logits, -1);
        requireLabel(label, logits.length, -1);
        return lossTerm(logits, label);
    }

    /** @see #loss(double[], int) */
    public static double loss(Vector logits, int label) {
        return loss(logits.toArray(), label);
    }

    /**
     * The loss of one example with a target distribution: Σᵢ tᵢ (LSE(z) − zᵢ).
     *
     * @param logits the K ≥ 1 logits z, finite
     * @param target a probability vector t of length K (one-hot for hard labels, smoothed labels allowed)
     * @return the loss ≥ H(t)
     */
    public static double loss(double[] logits, double[] target) {
        requireLogits(logits, -1);
        requireTarget(target, logits.length, -1);
        return crossEntropy(logits, target);
    }

    /** @see #loss(double[], double[]) */
    public static double loss(Vector logits, Vector target) {
        return loss(logits.toArray(), target.toArray());
    }

    /**
     * The mean loss of a batch with class indices: (1/n) Σᵣ [LSE(zᵣ) − zᵣ,yᵣ].
     *
     * @param logits an n×K matrix, one row of logits per example, n ≥ 1
     * @param labels the n true classes
     * @return the mean loss
     */
    public static double loss(Matrix logits, int[] labels) {
        requireBatch(logits, labels.length);
        double total = 0;
        for (int r = 0; r < labels.length; r++) {
            double[] z = logits.row(r).toArray();
            requireLogits(z, r);
            requireLabel(labels[r], z.length, r);
            total += lossTerm(z, labels[r]);
        }
        return total / labels.length;
    }

    /**
     * The mean loss of a batch with target distributions.
     *
     * @param logits  an n×K matrix, one row of logits per example, n ≥ 1
     * @param targets an n×K matrix, each row a probability vector
     * @return the mean loss
     */
    public static double loss(Matrix logits, Matrix targets) {
        requireBatch(logits, targets.rows());
        if (targets.cols() != logits.cols()) {
            throw new DimensionMismatchException(OP + ": logits have " + logits.cols() + " classes but targets have "
                    + targets.cols());
        }
        double total = 0;
        for (int r = 0; r < targets.rows(); r++) {
            double[] z = logits.row(r).toArray();
            double[] t = targets.row(r).toArray();
            requireLogits(z, r);
            requireTarget(t, z.length, r);
            total += crossEntropy(z, t);
        }
        return total / targets.rows();
    }

    /**
     * The gradient of {@link #loss(double[], int)} in the logits: softmax(z) − e_y.
     *
     * @param logits the K logits, finite
     * @param label  the true class y
     * @return the K partial derivatives; they sum to 0
     */
    public static Vector gradient(double[] logits, int label) {
        requireLogits(logits, -1);
        requireLabel(label, logits.length, -1);
        double[] g = Softmax.of(logits);
        g[label] -= 1.0;
        return Vector.of(g);
    }

    /** @see #gradient(double[], int) */
    public static Vector gradient(Vector logits, int label) {
        return gradient(logits.toArray(), label);
    }

    /**
     * The gradient of {@link #loss(double[], double[])} in the logits: softmax(z) − t.
     *
     * @param logits the K logits, finite
     * @param target a probability vector of length K
     * @return the K partial derivatives
     */
    public static Vector gradient(double[] logits, double[] target) {
        requireLogits(logits, -1);
        requireTarget(target, logits.length, -1);
        double[] g = Softmax.of(logits);
        for (int i = 0; i < g.length; i++) {
            g[i] -= target[i];
        }
        return Vector.of(g);
    }

    /** @see #gradient(double[], double[]) */
    public static Vector gradient(Vector logits, Vector target) {
        return gradient(logits.toArray(), target.toArray());
    }

    /** LSE(z) − z_y = (m − z_y) + ln(1 + Σ_{j≠j*} e^{zⱼ − m}). */
    private static double lossTerm(double[] z, int y) {
        int top = argmax(z);
        return (z[top] - z[y]) + log1pRest(z, top);
    }

    /** Σᵢ tᵢ (LSE(z) − zᵢ) = Σᵢ tᵢ [(m − zᵢ) + ln(1 + Σ_{j≠j*} e^{zⱼ − m})], skipping tᵢ = 0. */
    private static double crossEntropy(double[] z, double[] t) {
        int top = argmax(z);
        double m = z[top];
        double l = log1pRest(z, top);
        double h = 0;
        for (int i = 0; i < z.length; i++) {
            if (t[i] > 0) {
                h += t[i] * ((m - z[i]) + l);
            }
        }
        return h;
    }

    private static int argmax(double[] z) {
        int top = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[top]) {
                top = i;
            }
        }
        return top;
    }

    /** ln(1 + Σ_{j≠top} e^{zⱼ − z_top}), the part of LSE(z) above the largest logit. */
    private static double log1pRest(double[] z, int top) {
        double m = z[top];
        double rest = 0;
        for (int j = 0; j < z.length; j++) {
            if (j != top) {
                rest += Math.exp(z[j] - m);
            }
        }
        return Math.log1p(rest);
    }

    private static void requireLogits(double[] z, int row) {
        if (z.length == 0) {
            throw new InvalidArgumentException(OP + ": the logits are empty");
        }
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                String where = row < 0 ? "logit " + i : "logit (" + row + ", " + i + ")";
                throw new NonFiniteValueException(OP + ": " + where + " is " + z[i]);
            }
        }
    }

    private static void requireLabel(int label, int k, int row) {
        if (label < 0 || label >= k) {
            throw new InvalidArgumentException(OP + ": label " + label + (row < 0 ? "" : " of row " + row)
                    + " is out of range 0 until " + k);
        }
    }

    private static void requireTarget(double[] t, int k, int row) {
        if (t.length != k) {
            throw new DimensionMismatchException(OP + ": " + k + " logits but the target" + (row < 0 ? "" : " of row "
                    + row) + " has " + t.length + " entries");
        }
        Entropy.requireDistribution(OP, row < 0 ? "target" : "target row " + row, t);
    }

    private static void requireBatch(Matrix logits, int n) {
        if (logits.rows() != n) {
            throw new DimensionMismatchException(OP + ": " + logits.rows() + " rows of logits but " + n + " targets");
        }
        if (n == 0) {
            throw new InvalidArgumentException(OP + ": the batch is empty");
        }
    }
}
