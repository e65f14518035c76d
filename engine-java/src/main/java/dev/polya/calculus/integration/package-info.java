/**
 * Integration, chapter 14 of Danka's <i>Mathematics of Machine Learning</i>: ∫ₐᵇ f for f: ℝ → ℝ given as any
 * {@link java.util.function.DoubleUnaryOperator} ({@code Math::sin}, a lambda, a
 * {@link dev.polya.calculus.RealFunction}).
 *
 * <ul>
 *   <li>Fixed rules, returning a number: {@link dev.polya.calculus.integration.Trapezoid} (the book's
 *       {@code trapezoidal_rule}, n intervals), {@link dev.polya.calculus.integration.Simpson} (n even — the
 *       seed's node-parity bug is documented there), {@link dev.polya.calculus.integration.GaussLegendre} (any
 *       order, exact to degree 2n − 1; single and composite).</li>
 *   <li>With a tolerance, returning an {@link dev.polya.calculus.integration.IntegrationResult} (value, error
 *       estimate, evaluations, subintervals, status): {@link dev.polya.calculus.integration.Romberg} and
 *       {@link dev.polya.calculus.integration.Quad}, the one to use — QUADPACK's QAGS/QAGI as in
 *       {@code scipy.integrate.quad}: adaptive Gauss–Kronrod ({@link dev.polya.calculus.integration.GaussKronrod})
 *       with Wynn's ε extrapolation for endpoint singularities, and infinite ranges;
 *       {@link dev.polya.calculus.integration.ClenshawCurtis}, nested Chebyshev points with an error estimate
 *       from the decay of the Chebyshev coefficients, which declines non-smooth integrands early; and
 *       {@link dev.polya.calculus.integration.Integrator}, the default (the DSL's {@code integrate}):
 *       Clenshaw–Curtis first, Quad when it declines.</li>
 * </ul>
 *
 * <p>Conventions: a reversed range integrates with the sign flipped and an empty one gives 0; NaN bounds are
 * rejected; a NaN or infinite value of the integrand throws {@link dev.polya.core.NonFiniteValueException}
 * naming the x; a tolerance that is not met is reported in the status (never hidden), and
 * {@link dev.polya.calculus.integration.IntegrationResult#requireConverged()} turns it into a
 * {@link dev.polya.core.ConvergenceException}.
 *
 * <p>Design notes. {@code Quad} is a statement-by-statement port of {@code dqagse}/{@code dqagie} and
 * {@code dqelg}; its results, error estimates, evaluation and subinterval counts equal scipy's on the whole
 * test battery. Two departures: QUADPACK's sorted error list ({@code dqpsrt}, O(n) per insertion) is a binary
 * heap that breaks ties the same way (O(log n)), and with one subinterval allowed a rule that meets the
 * tolerance reports CONVERGED (QUADPACK reports ier = 1).
 *
 * <p>Performance: ∫₀¹⁰⁰ sin at 1e-10 (651 evaluations) costs 1.4–1.5× the bare sum of sin at the same
 * points (Math.sin about 7 ns; measured as the minimum of 400 rounds on the loaded 2-core machine; JMH:
 * {@code IntegrationBenchmark.sinQuad} against {@code sinSum}). The loop allocates its work arrays once per integral and nothing per
 * evaluation: the intervals live in one interleaved double[] (lo, hi, value, error) that grows by doubling from
 * 16, Wynn's table is made at the first extrapolation. The Kronrod kernel does not test each value: a NaN or ±∞
 * makes the rule's Σ w|f| non-finite, and only then are the stored values scanned for the first bad x. The
 * error formula uses r·√r for r^1.5 (Math.pow cost about 7% of the time); its sums keep QUADPACK's order,
 * because the running error sum errsum = errsum + e₁₂ − e_max carries a rounding error of ε times the largest
 * error seen, so that even a reordering of one sum moves the final estimates by 1e-3 relative and scipy's
 * numbers are no longer reproduced. Rejected: choosing the Kronrod rule automatically (K15 is cheaper on
 * singular integrands, K51–K61 on oscillatory ones; {@code Quad.Options.rule} leaves that choice to the caller
 * and keeps scipy's numbers by default), and starting Quad with one high-order rule on the whole range (K21 then
 * K41 wins on oscillatory integrands but doubles the cost of every singular one).
 *
 * <p>Why a spectral stage in front of Quad (issue 4: at 1e-10, no more evaluations than Hipparchus's best).
 * On a smooth integrand adaptive K21 pays 42 evaluations per bisection for a rule of degree 31 on ever smaller
 * pieces; a polynomial through 2ᵏ + 1 Chebyshev points on the whole range converges geometrically in k and
 * knows from its own coefficients when it has converged. On the 17 battery integrals Hipparchus can do, the
 * evaluations fall from Quad's 3591 to 2547 in all, fewer than Hipparchus's best choice per integral on 14 and
 * as many on one (the two others: the midpoint rule on a Gaussian that vanishes to all orders at both ends, and
 * Simpson's rule stopping after 7 points on |x − 1/3| because two estimates happened to agree). The price on non-smooth integrands is the evaluations spent before the rule declines: 1–2
 * when f is infinite at an endpoint (it evaluates the endpoints, Quad never does), 33 for a kink, a square-root
 * endpoint or a near pole, 129 for a jump. The decline test extrapolates the tail of the coefficients; it only
 * decides the cost, never the answer, which is Quad's whenever Clenshaw–Curtis did not converge. Timing: one
 * pass per level computes the rule and four tail coefficients from precomputed tables (6 multiply–adds per
 * sample). BENCHMARKS.md has the numbers.
 */
package dev.polya.calculus.integration;
