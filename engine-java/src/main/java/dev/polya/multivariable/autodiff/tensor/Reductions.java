package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.InvalidArgumentException;

/**
 * Sums, means and maxima of a tensor, over all elements or along one axis, with their reverse-mode rules.
 *
 * <p>Writing the shape as (outer, n, inner) around the reduced axis, element (o, k, i) sits at
 * (o·n + k)·inner + i and the result (o, i) at o·inner + i, with or without the kept length-1 axis:
 * <pre>
 *   sum:  zₒᵢ = Σₖ xₒₖᵢ             ∂L/∂xₒₖᵢ = ∂L/∂zₒᵢ               (the gradient is broadcast back)
 *   mean: zₒᵢ = (1/n) Σₖ xₒₖᵢ       ∂L/∂xₒₖᵢ = ∂L/∂zₒᵢ / n
 *   max:  zₒᵢ = maxₖ xₒₖᵢ           ∂L/∂xₒₖᵢ = ∂L/∂zₒᵢ · [k = k*(o, i)], k* the first maximal index
 * </pre>
 * Max is not differentiable at ties; sending the whole gradient to the first maximal element is the
 * subgradient NumPy's {@code argmax} picks.
 *
 * <p>Cost: one pass forward and one backward. Failure modes: an axis outside [−rank, rank), the maximum of an
 * empty axis.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; Goodfellow, Bengio, Courville,
 * <i>Deep Learning</i>, §6.5.6 (general back-propagation) and §9.3 (the gradient of max pooling).
 */
final class Reductions {

    private Reductions() {
    }

    /** Σ of all elements, a scalar of shape (). */
    static Tensor sumAll(Tensor x) {
        double s = 0;
        for (double v : x.data) {
            s += v;
        }
        return Tensor.result(new double[] {s}, new int[0], g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < gx.length; i++) {
                gx[i] += g[0];
            }
        }, x);
    }

    /** Σ (or mean, divided by n) along an axis. */
    static Tensor sum(Tensor x, int axis, boolean keepDims, boolean mean) {
        String operation = mean ? "mean" : "sum";
        int ax = Broadcast.axis(operation, axis, x.shape);
        int outer = Broadcast.outer(x.shape, ax);
        int n = x.shape[ax];
        int inner = Broadcast.inner(x.shape, ax);
        double scale = mean ? 1.0 / n : 1.0;
        double[] z = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < n; k++) {
                int base = (o * n + k) * inner;
                for (int i = 0; i < inner; i++) {
                    z[o * inner + i] += x.data[base + i];
                }
            }
        }
        if (mean) {
            for (int j = 0; j < z.length; j++) {
                z[j] *= scale;
            }
        }
        return Tensor.result(z, Broadcast.reduced(x.shape, ax, keepDims), g -> {
            double[] gx = x.gradArray();
            for (int o = 0; o < outer; o++) {
                for (int k = 0; k < n; k++) {
                    int base = (o * n + k) * inner;
                    for (int i = 0; i < inner; i++) {
                        gx[base + i] += scale * g[o * inner + i];
                    }
                }
            }
        }, x);
    }

    /** The maximum along an axis; the gradient goes to the first maximal element. */
    static Tensor max(Tensor x, int axis, boolean keepDims) {
        int ax = Broadcast.axis("max", axis, x.shape);
        int outer = Broadcast.outer(x.shape, ax);
        int n = x.shape[ax];
        int inner = Broadcast.inner(x.shape, ax);
        if (n == 0) {
            throw new InvalidArgumentException("max: zero-size axis " + ax + " of shape " + Broadcast.format(x.shape)
                    + " has no maximum");
        }
        double[] z = new double[outer * inner];
        int[] arg = new int[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int best = o * n * inner + i;
                for (int k = 1; k < n; k++) {
                    int at = (o * n + k) * inner + i;
                    // strict >: ties keep the first; a NaN propagates as in NumPy
                    if (x.data[at] > x.data[best] || Double.isNaN(x.data[at]) && !Double.isNaN(x.data[best])) {
                        best = at;
                    }
                }
                z[o * inner + i] = x.data[best];
                arg[o * inner + i] = best;
            }
        }
        return Tensor.result(z, Broadcast.reduced(x.shape, ax, keepDims), g -> {
            double[] gx = x.gradArray();
            for (int j = 0; j < g.length; j++) {
                gx[arg[j]] += g[j];
            }
        }, x);
    }
}
