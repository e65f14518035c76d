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
 *   <li><b>Gradient of Σ sin(xᵢ)·xᵢ₊₁, n = 10⁵</b> (4n − 4 nodes; JMH, 10×1 s warm-up, 5×1 s): 2.47 ms against
 *       0.65 ms on doubles, 3.8× (before the changes below, same session: 3.31 ms, 5.0×; earlier runs 3.1–3.6 ms),
 *       of which 1.9× is inherent: the derivative of sin needs a cos, and sin + cos alone take 1.24 ms. The rest,
 *       timed separately: 0.35 ms for the 10⁵ leaf Vars (2.2 ns per allocation, the rest tape writes), about 0.3 ms
 *       to record 3·10⁵ operations beyond their arithmetic, 0.45 ms for the reverse sweep and the copy out. These
 *       parts are bound by memory traffic (7.6 MB allocated and about 7 MB of tape written per gradient), so on the
 *       shared machine their timings vary by up to 30% between iterations while the compute-bound loop on doubles
 *       varies by 2%; GC takes about 1% (a young collection every 0.2 s, pauses of 1–4 ms) and the per-thread tape
 *       does not grow after the first call. Evaluating the same function on constants ({@code applyAsDouble}) costs
 *       1.4× the doubles (0.92 ms): one small allocation per operation that escape analysis cannot remove (the
 *       running sum is carried around the loop).</li>
 *   <li><b>Measured decisions.</b> The hot path of a binary operation (two live Vars of one tape) is a separate
 *       small method, so that C2 inlines it; the first version, 158 bytecodes with the constant and error handling
 *       inline, was "too large" to inline at some call sites. Every Var-producing operation allocates its result at
 *       one site, for constants and taped nodes alike: with two {@code new Var} sites merging, C2's escape analysis
 *       gave up as soon as the same function had also run on constants (the benchmark's set-up does, and so does an
 *       optimizer that evaluates and differentiates), and the temporaries sin xᵢ and sin xᵢ·xᵢ₊₁ were allocated:
 *       14.8 MB per gradient instead of 8.4 (−17% time), 13.2 MB per evaluation on constants instead of 6.8 (−20%;
 *       JMH's {@code chainValue}, which never records, is unchanged). A tape borrowed for a gradient or a Jacobian
 *       writes only what first-order sweeps read, operands and partials, not the opcode, value and constant of a
 *       node (−8%); the second-order sweep refuses such a tape. Leaves and unary nodes write only the array slots
 *       the sweeps read. The gradient of a {@code ScalarField} sweeps a workspace that is kept zero by clearing
 *       each adjoint after use, instead of filling 8 bytes per node before every sweep, and copies the result from
 *       it straight into the returned vector.</li>
 *   <li><b>Hessian by forward over reverse.</b> The first-order adjoints and the second partials are computed
 *       once per point; each Hessian–vector product is then one tangent and one adjoint-tangent sweep of pure
 *       multiply–adds. The exact Hessian of a dense function of n = 100 variables costs 40–60 gradients
 *       (target ≤ 3n = 300).</li>
 *   <li><b>Rejected:</b> taping through a generic node object per operation (allocation and pointer chasing
 *       in the sweep); a separate second-derivative tape (the first partials already on the tape suffice);
 *       symmetrizing the Hessian by computing only its upper triangle (n products are needed either way);
 *       interleaving the two operand indices in one {@code int[]} and the two partials in one
 *       {@code double[]} (recording 2% faster, the reverse sweep 12% slower: no net gain); writing the leaves
 *       of {@code variables(x)} in bulk before allocating their Vars (no gain: the allocation dominates).
 *       Devirtualization needs no help: with the call sites' enum constants C2 inlines {@code Var.sin},
 *       {@code plus}, {@code times}, the {@code Primitive} methods and the tape writes into the caller's loop
 *       (checked with {@code -XX:+PrintInlining}).</li>
 * </ul>
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008.
 */
package dev.polya.multivariable.autodiff;
