package dev.polya.multivariable.autodiff.tensor;

/**
 * Elementwise functions of one tensor, z = f(x), and their reverse-mode rule ∂L/∂x = f′(x) ⊙ ∂L/∂z:
 * <pre>
 *   exp:  f′ = eˣ = z          log: f′ = 1/x          sqrt: f′ = 1/(2√x) = 1/(2z)
 *   abs:  f′ = sign x (0 at 0) pow p: f′ = p·xᵖ⁻¹
 *   relu: f′ = [x &gt; 0]       sigmoid: f′ = z(1 − z)  tanh: f′ = 1 − z²
 * </pre>
 * Where the derivative is expressed through z, the backward pass reuses the forward values.
 *
 * <p>Cost: one function evaluation per element forward, one multiply–add per element backward. Failure modes:
 * none raised — values outside a function's domain give IEEE results (log of a negative number is NaN), as
 * NumPy does; a training loop detects the NaN in its loss.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapters 9 and 17 (activation functions and
 * their derivatives); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.3.
 */
final class Elementwise {

    private Elementwise() {
    }

    static Tensor exp(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(x.data[i]);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += g[i] * z[i];
            }
        }, x);
    }

    static Tensor log(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.log(x.data[i]);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += g[i] / x.data[i];
            }
        }, x);
    }

    static Tensor sqrt(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.sqrt(x.data[i]);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += g[i] / (2 * z[i]);
            }
        }, x);
    }

    static Tensor abs(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.abs(x.data[i]);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                double v = x.data[i];
                gx[i] += v > 0 ? g[i] : v < 0 ? -g[i] : 0.0;
            }
        }, x);
    }

    static Tensor pow(Tensor x, double p) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.pow(x.data[i], p);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                // d/dx xᵖ = p·xᵖ⁻¹ (0 for p = 0, even at x = 0)
                gx[i] += p == 0 ? 0.0 : g[i] * p * Math.pow(x.data[i], p - 1);
            }
        }, x);
    }

    static Tensor relu(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.max(x.data[i], 0.0);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                if (x.data[i] > 0) {
                    gx[i] += g[i];
                }
            }
        }, x);
    }

    static Tensor sigmoid(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            double v = x.data[i];
            // σ(v) = 1/(1 + e⁻ᵛ), written with e^(−|v|) ≤ 1 so that neither branch overflows
            double e = Math.exp(-Math.abs(v));
            z[i] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += g[i] * z[i] * (1 - z[i]);
            }
        }, x);
    }

    static Tensor tanh(Tensor x) {
        double[] z = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.tanh(x.data[i]);
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += g[i] * (1 - z[i] * z[i]);
            }
        }, x);
    }
}
