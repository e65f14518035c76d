package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import java.util.Arrays;

/**
 * Softmax, log-softmax and the two losses of a first network — softmax cross-entropy and mean squared error —
 * as fused tensor operations with closed-form backward passes.
 *
 * <p>Along an axis, with m = max x (the shift that keeps every exponent ≤ 0, so nothing overflows):
 * <pre>
 *   softmax:     yᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m)          ∂L/∂xᵢ = yᵢ (gᵢ − Σⱼ gⱼ yⱼ)
 *   log-softmax: yᵢ = xᵢ − LSE(x), LSE(x) = m + ln Σⱼ e^(xⱼ − m)    ∂L/∂xᵢ = gᵢ − softmax(x)ᵢ Σⱼ gⱼ
 *   cross-entropy of rows xᵣ with classes cᵣ:  L = (1/N) Σᵣ [LSE(xᵣ) − xᵣ,cᵣ]
 *                                          ∂L/∂xᵣⱼ = (softmax(xᵣ)ⱼ − [j = cᵣ]) / N
 *   MSE:         L = (1/n) Σᵢ (pᵢ − tᵢ)²                   ∂L/∂pᵢ = 2(pᵢ − tᵢ)/n
 * </pre>
 * Cross-entropy through LSE never takes the log of a probability that underflowed to 0.
 *
 * <p>Cost: one exponential per element. Failure modes: logits that are not 2-D, a label count that differs
 * from the row count, a label outside [0, classes), MSE operands of different shapes. NaN inputs give NaN.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 9 (softmax, cross-entropy) and the
 * neural-network chapters (the loss of a classifier); Goodfellow, Bengio, Courville, <i>Deep Learning</i>,
 * §6.2.2.3 (softmax units) and §4.1 (the log-sum-exp shift).
 */
public final class Losses {

    private Losses() {
    }

    /**
     * The mean softmax cross-entropy of the rows of {@code logits} (N×C) with true classes {@code labels}:
     * L = (1/N) Σᵣ [LSE(xᵣ) − xᵣ,cᵣ] = −(1/N) Σᵣ log softmax(xᵣ)_cᵣ, a scalar.
     *
     * @param logits the scores, shape (N, C)
     * @param labels the classes, N integers in [0, C)
     * @return the loss, shape ()
     * @throws DimensionMismatchException when logits are not 2-D or labels.length ≠ N
     * @throws InvalidArgumentException   when a label is outside [0, C)
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        if (logits.rank() != 2) {
            throw new DimensionMismatchException("crossEntropy: logits of shape " + Broadcast.format(logits.shape)
                    + " are not 2-D (samples × classes)");
        }
        int rows = logits.shape[0];
        int classes = logits.shape[1];
        if (labels.length != rows) {
            throw new DimensionMismatchException("crossEntropy: " + labels.length + " labels for " + rows
                    + " rows of logits");
        }
        for (int r = 0; r < rows; r++) {
            if (labels[r] < 0 || labels[r] >= classes) {
                throw new InvalidArgumentException("crossEntropy: label " + labels[r] + " at row " + r
                        + " is not a class in [0, " + classes + ")");
            }
        }
        int[] y = labels.clone();
        double[] p = new double[rows * classes];
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * classes;
            double lse = logSumExp(logits.data, base, classes, p);
            loss += lse - logits.data[base + y[r]];
        }
        return Tensor.result(new double[] {loss / rows}, new int[0], g -> {
            double[] gx = logits.gradArray();
            double scale = g[0] / rows;
            for (int r = 0; r < rows; r++) {
                int base = r * classes;
                for (int j = 0; j < classes; j++) {
                    gx[base + j] += scale * (p[base + j] - (j == y[r] ? 1.0 : 0.0));
                }
            }
        }, logits);
    }

    /**
     * The mean squared error L = (1/n) Σᵢ (pᵢ − tᵢ)², a scalar.
     *
     * @param prediction the model's outputs
     * @param target     the desired outputs, of the same shape
     * @return the loss, shape ()
     * @throws DimensionMismatchException when the shapes differ (no broadcasting: a silent broadcast here is a
     *                                    classic bug, (N,) − (N, 1) being N×N)
     */
    public static Tensor mse(Tensor prediction, Tensor target) {
        if (!Arrays.equals(prediction.shape, target.shape)) {
            throw new DimensionMismatchException("mse: prediction of shape " + Broadcast.format(prediction.shape)
                    + " and target of shape " + Broadcast.format(target.shape) + " differ");
        }
        int n = prediction.size();
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = prediction.data[i] - target.data[i];
            s += d * d;
        }
        return Tensor.result(new double[] {s / n}, new int[0], g -> {
            double scale = 2 * g[0] / n;
            if (prediction.requiresGrad()) {
                double[] gp = prediction.gradArray();
                for (int i = 0; i < n; i++) {
                    gp[i] += scale * (prediction.data[i] - target.data[i]);
                }
            }
            if (target.requiresGrad()) {
                double[] gt = target.gradArray();
                for (int i = 0; i < n; i++) {
                    gt[i] -= scale * (prediction.data[i] - target.data[i]);
                }
            }
        }, prediction, target);
    }

    /** softmax along an axis. */
    static Tensor softmax(Tensor x, int axis) {
        int ax = Broadcast.axis("softmax", axis, x.shape);
        int outer = Broadcast.outer(x.shape, ax);
        int n = x.shape[ax];
        int inner = Broadcast.inner(x.shape, ax);
        double[] y = softmaxValues(x.data, outer, n, inner);
        return Tensor.result(y, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < inner; i++) {
                    // s = Σⱼ gⱼ yⱼ, then ∂L/∂xₖ = yₖ (gₖ − s)
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        int at = (o * n + k) * inner + i;
                        s += g[at] * y[at];
                    }
                    for (int k = 0; k < n; k++) {
                        int at = (o * n + k) * inner + i;
                        gx[at] += y[at] * (g[at] - s);
                    }
                }
            }
        }, x);
    }

    /** log-softmax along an axis. */
    static Tensor logSoftmax(Tensor x, int axis) {
        int ax = Broadcast.axis("logSoftmax", axis, x.shape);
        int outer = Broadcast.outer(x.shape, ax);
        int n = x.shape[ax];
        int inner = Broadcast.inner(x.shape, ax);
        double[] p = softmaxValues(x.data, outer, n, inner);
        double[] z = new double[x.size()];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    m = Math.max(m, x.data[(o * n + k) * inner + i]);
                }
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += Math.exp(x.data[(o * n + k) * inner + i] - m);
                }
                double lse = m + Math.log(s);
                for (int k = 0; k < n; k++) {
                    int at = (o * n + k) * inner + i;
                    z[at] = x.data[at] - lse;
                }
            }
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < inner; i++) {
                    // ∂L/∂xₖ = gₖ − pₖ Σⱼ gⱼ
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += g[(o * n + k) * inner + i];
                    }
                    for (int k = 0; k < n; k++) {
                        int at = (o * n + k) * inner + i;
                        gx[at] += g[at] - p[at] * s;
                    }
                }
            }
        }, x);
    }

    /** Max-shifted softmax of every (outer, ·, inner) fibre. */
    private static double[] softmaxValues(double[] x, int outer, int n, int inner) {
        double[] y = new double[x.length];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    m = Math.max(m, x[(o * n + k) * inner + i]);
                }
                double s = 0;
                for (int k = 0; k < n; k++) {
                    int at = (o * n + k) * inner + i;
                    y[at] = Math.exp(x[at] - m);
                    s += y[at];
                }
                for (int k = 0; k < n; k++) {
                    y[(o * n + k) * inner + i] /= s;
                }
            }
        }
        return y;
    }

    /** LSE of x[base, base + n) and its softmax written into p[base, base + n). */
    private static double logSumExp(double[] x, int base, int n, double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            m = Math.max(m, x[base + j]);
        }
        double s = 0;
        for (int j = 0; j < n; j++) {
            p[base + j] = Math.exp(x[base + j] - m);
            s += p[base + j];
        }
        for (int j = 0; j < n; j++) {
            p[base + j] /= s;
        }
        return m + Math.log(s);
    }
}
