package dev.polya.multivariable.autodiff;

import java.util.Arrays;

/**
 * Forward-over-reverse on a recorded tape: Hessian–vector products ∇²z·v at the recorded point, each one
 * tangent sweep and one second-order adjoint sweep (chapter 16).
 *
 * <p>Differentiating the reverse sweep ā += ȳ·∂φ/∂a along a direction v (tangents ȧ, ḃ from the forward
 * sweep) gives the adjoint tangents
 * <pre>
 *   ǡ += ẏ̄·∂φ/∂a + ȳ·(∂²φ/∂a²·ȧ + ∂²φ/∂a∂b·ḃ)
 *   ḃ̄ += ẏ̄·∂φ/∂b + ȳ·(∂²φ/∂a∂b·ȧ + ∂²φ/∂b²·ḃ)
 * </pre>
 * and at the inputs ẇ̄ = (∇²z·v)_w. The first-order adjoints ȳ and the second partials do not depend on v, so
 * they are computed once here and reused by every product: a full Hessian is n products, each two passes of
 * multiply–adds over the tape with no transcendental function (about the cost of one to two gradients).
 *
 * <p>Where an adjoint is 0, its second-order term is skipped (so an infinite ∂² on a branch that does not
 * reach the output, like √ at 0, does not turn into 0·∞ = NaN).
 *
 * <p>Reference: A. Griewank and A. Walther, <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, §5.2–5.3;
 * B. A. Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 6 (1994).
 */
final class SecondOrderSweep {

    private final Tape tape;
    private final int out;
    private final double[] adjoint;
    private final double[] sLL;
    private final double[] sLR;
    private final double[] sRR;

    /**
     * Prepares the products of node out's Hessian: one reverse sweep and the second partials of nodes ≤ out.
     * out = −1 stands for a constant output, whose Hessian is 0.
     */
    SecondOrderSweep(Tape tape, int out) {
        if (tape.firstOrderOnly) {
            throw new IllegalStateException(tape + " was borrowed for first-order sweeps only");
        }
        this.tape = tape;
        this.out = out;
        this.adjoint = out < 0 ? new double[0] : Arrays.copyOf(tape.reverse(out), out + 1);
        this.sLL = new double[Math.max(out + 1, 0)];
        this.sLR = new double[Math.max(out + 1, 0)];
        this.sRR = new double[Math.max(out + 1, 0)];
        for (int i = 0; i <= out; i++) {
            int l = tape.left[i];
            if (l < 0 || adjoint[i] == 0) {
                continue;
            }
            Primitive op = Primitive.BY_CODE[tape.ops[i]];
            double a = tape.values[l];
            double b = op.arity == 2 ? tape.values[tape.right[i]] : 0;
            double c = op.arity == 1 ? tape.constants[i] : 0;
            double y = tape.values[i];
            sLL[i] = op.daa(a, b, c, y);
            if (op.arity == 2) {
                sLR[i] = op.dab(a, b, c, y);
                sRR[i] = op.dbb(a, b, c, y);
            }
        }
    }

    /** The gradient ∂z/∂w at the given nodes (from the stored first-order adjoints). */
    double[] gradient(int[] inputs) {
        double[] g = new double[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            g[k] = inputs[k] <= out ? adjoint[inputs[k]] : 0;
        }
        return g;
    }

    /**
     * ∇²z·v restricted to the input nodes: Σⱼ ∂²z/∂wᵢ∂wⱼ·vⱼ for each input wᵢ.
     *
     * @param inputs    the node indices of w₁ … wₙ
     * @param direction v, one entry per input
     * @return the product, one entry per input
     */
    double[] hessianVectorProduct(int[] inputs, double[] direction) {
        double[] t = tape.forward(inputs, direction, out);
        double[] ad = tape.workspace3(out + 1);
        int[] left = tape.left;
        int[] right = tape.right;
        double[] dl = tape.dLeft;
        double[] dr = tape.dRight;
        for (int i = out; i >= 0; i--) {
            int a = left[i];
            if (a < 0) {
                continue;
            }
            double g = adjoint[i];
            double gd = ad[i];
            if (g == 0 && gd == 0) {
                continue;
            }
            int b = right[i];
            if (b < 0) {
                // ǡ += ẏ̄·φ′ + ȳ·φ″·ȧ
                ad[a] += gd * dl[i] + (g == 0 ? 0 : g * sLL[i] * t[a]);
            } else {
                ad[a] += gd * dl[i] + (g == 0 ? 0 : g * (sLL[i] * t[a] + sLR[i] * t[b]));
                ad[b] += gd * dr[i] + (g == 0 ? 0 : g * (sLR[i] * t[a] + sRR[i] * t[b]));
            }
        }
        double[] hv = new double[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            hv[k] = inputs[k] <= out ? ad[inputs[k]] : 0;
        }
        return hv;
    }
}
