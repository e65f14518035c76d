package dev.polya.multivariable.autodiff;

/**
 * How to compute the Jacobian of F: ℝⁿ → ℝᵐ by automatic differentiation (chapter 16): one sweep of the
 * recorded tape per column (forward) or per row (reverse).
 *
 * <p>Both cost one recording plus a number of sweeps, each a few flops per recorded operation: forward mode
 * needs n tangent sweeps (ẏ = J·eⱼ, one column each), reverse mode m adjoint sweeps (ȳ = Jᵀ·eᵢ, one row
 * each). {@link #cheaper(int, int)} picks forward when n &lt; m (tall Jacobians: few inputs, many outputs)
 * and reverse otherwise (wide ones, down to the gradient, m = 1). Both give the same matrix to rounding.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, §3.1–3.3.
 */
public enum JacobianMode {

    /** n tangent sweeps, one per input: column j is J·eⱼ. */
    FORWARD,

    /** m adjoint sweeps, one per output: row i is eᵢᵀ·J. */
    REVERSE;

    /**
     * The mode with fewer sweeps: forward when n &lt; m, reverse otherwise.
     *
     * @param inputs  n, the dimension of the domain
     * @param outputs m, the dimension of the codomain
     * @return {@link #FORWARD} when n &lt; m, else {@link #REVERSE}
     */
    public static JacobianMode cheaper(int inputs, int outputs) {
        return inputs < outputs ? FORWARD : REVERSE;
    }
}
