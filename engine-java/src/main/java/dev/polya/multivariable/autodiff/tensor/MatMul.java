package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.DimensionMismatchException;
import dev.polya.linalg.kernel.Gemm;

/**
 * The matrix product of 2-D tensors, C = A·B, and its reverse-mode rule
 * <pre>  ∂L/∂A = ∂L/∂C · Bᵀ,   ∂L/∂B = Aᵀ · ∂L/∂C,</pre>
 * all three products on the engine's blocked, vectorized, multi-threaded {@link Gemm} (the transposes are
 * GEMM's {@code transA}/{@code transB} flags, never copies), each gradient accumulated in place with β = 1.
 * A gradient is only computed for an operand that requires it: a network's input batch costs no product.
 *
 * <p>Cost: 2mkn flops forward and 2mkn per operand that requires a gradient backward (A m×k, B k×n).
 * Failure modes: operands that are not 2-D, inner dimensions that differ.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapters 4 and 17 (matrix products, the
 * backward pass of a linear layer); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.5.7 (Algorithm 6.4,
 * the gradients of a matrix product).
 */
final class MatMul {

    private MatMul() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new DimensionMismatchException("matmul: operands of shapes " + Broadcast.format(a.shape) + " and "
                    + Broadcast.format(b.shape) + " are not both 2-D");
        }
        int m = a.shape[0];
        int k = a.shape[1];
        int n = b.shape[1];
        if (b.shape[0] != k) {
            throw new DimensionMismatchException("matmul: (" + m + "×" + k + ")·(" + b.shape[0] + "×" + n
                    + "): inner dimensions " + k + " ≠ " + b.shape[0]);
        }
        double[] c = new double[m * n];
        // C = A·B
        Gemm.gemm(false, false, m, n, k, 1.0, a.data, 0, k, b.data, 0, n, 0.0, c, 0, n);
        return Tensor.result(c, new int[] {m, n}, g -> {
            if (a.requiresGrad()) {
                // ∂L/∂A += G·Bᵀ  (m×n · n×k)
                Gemm.gemm(false, true, m, k, n, 1.0, g, 0, n, b.data, 0, n, 1.0, a.gradArray(), 0, k);
            }
            if (b.requiresGrad()) {
                // ∂L/∂B += Aᵀ·G  (k×m · m×n)
                Gemm.gemm(true, false, k, n, m, 1.0, a.data, 0, k, g, 0, n, 1.0, b.gradArray(), 0, n);
            }
        }, a, b);
    }
}
