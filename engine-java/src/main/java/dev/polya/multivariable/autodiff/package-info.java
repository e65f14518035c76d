/**
 * Reverse-mode automatic differentiation on scalars (chapter 16): {@link dev.polya.multivariable.autodiff.Var}
 * handles recorded on a {@link dev.polya.multivariable.autodiff.Tape}; functions written once over them,
 * {@link dev.polya.multivariable.autodiff.ScalarField} (ℝⁿ → ℝ: value, gradient, Hessian–vector products,
 * Hessian) and {@link dev.polya.multivariable.autodiff.VectorField} (ℝⁿ → ℝᵐ: Jacobian in forward or reverse
 * mode, J·v, uᵀJ); and the transforms gathered in {@link dev.polya.multivariable.autodiff.Derivatives}.
 * Reverse mode on tensors is in {@code dev.polya.multivariable.autodiff.tensor}.
 *
 * <p>Every elementary function of the forward mode ({@link dev.polya.calculus.autodiff.Dual}) is covered, with
 * the same conventions at kinks; the package-private {@code Primitive} lists each with its first and second
 * partial derivatives, the only place where that calculus is written down.
 *
 * <h2>Design notes (measured on the project's shared 2-core machine, OpenJDK 17; informal minimum-of-400
 * timings, the JMH numbers of {@code ReverseModeBenchmark} are the reference)</h2>
 * <ul>
 *   <li><b>A tape of primitive arrays, not a graph of objects.</b> micrograd's {@code Value} keeps its
 *       operands, its gradient and a backward closure in every node; here a node is one row of seven
 *       parallel arrays (opcode, two operand indices, value, two local partials, a constant) and a
 *       {@code Var} is only (tape, index, generation, value). The reverse sweep is a loop over the arrays
 *       with no virtual call; the partials are computed once, when the node is recorded, and serve the
 *       reverse sweep, the tangent sweep and the second-order sweep alike.</li>
 *   <li><b>Gradient of Σ sin(xᵢ)·xᵢ₊₁, n = 10⁵</b> (4n − 4 nodes): 4.0–4.7× the loop on doubles (2.6–3.0 ms
 *       against 0.63–0.65 ms; the lower figure with the gradient timed alone, the higher interleaved with
 *       other calls), of which 2× is inherent: the derivative of sin needs a cos, and sin + cos alone take
 *       1.25–1.3 ms. The rest: 0.4 ms to create the 10⁵ leaf Vars, 0.4 ms to record 3·10⁵ operations,
 *       0.5 ms for the reverse sweep. Evaluating the same function on constants
 *       ({@code applyAsDouble}) costs 1.8× the doubles: one small allocation per operation that escape
 *       analysis cannot remove (the running sum is carried around the loop).</li>
 *   <li><b>Measured decisions.</b> The hot path of a binary operation (two live Vars of one tape) is a
 *       separate small method, so that C2 inlines it; the first version, 158 bytecodes with the constant and
 *       error handling inline, was "too large" to inline at some call sites. Leaves and unary nodes write only
 *       the array slots the sweeps read (17–33 instead of 41 bytes per node). The gradient of a
 *       {@code ScalarField} sweeps a workspace that is kept zero by clearing each adjoint after use, instead
 *       of filling 8 bytes per node before every sweep. Before these three changes the interleaved timing was
 *       5.1× the doubles, after them 4.7×. GC is not a factor (15 young collections in 400 gradients).</li>
 *   <li><b>Hessian by forward over reverse.</b> The first-order adjoints and the second partials are computed
 *       once per point; each Hessian–vector product is then one tangent and one adjoint-tangent sweep of pure
 *       multiply–adds. The exact Hessian of a dense function of n = 100 variables costs 40–60 gradients
 *       (target ≤ 3n = 300).</li>
 *   <li><b>Rejected:</b> taping through a generic node object per operation (allocation and pointer chasing
 *       in the sweep); a separate second-derivative tape (the first partials already on the tape suffice);
 *       symmetrizing the Hessian by computing only its upper triangle (n products are needed either way).</li>
 * </ul>
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008.
 */
package dev.polya.multivariable.autodiff;
