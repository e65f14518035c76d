package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.linalg.decomposition.Cholesky;
import dev.polya.multivariable.DifferentiableFunction;

/**
 * Newton's method in many variables (chapter 17): minimize the local quadratic model
 * f(x + p) ≈ f + ∇fᵀp + ½pᵀ∇²f p, i.e. solve ∇²f(xₖ) pₖ = −∇f(xₖ), then step xₖ₊₁ = xₖ + αₖpₖ with a Wolfe
 * line search that tries α = 1 first.
 *
 * <p>Where the Hessian is not positive definite the pure Newton step may point uphill or to a saddle, so the
 * Hessian is modified (Nocedal and Wright, Algorithm 3.3, Cholesky with added multiple of the identity):
 * factor ∇²f + τI with τ = 0 if the diagonal is positive, else τ = β − minᵢ hᵢᵢ (β = 10⁻³), doubling τ (at least
 * β) until Cholesky succeeds. Near a minimum with positive definite Hessian τ = 0 and α = 1, and convergence is
 * quadratic: the number of correct digits doubles each step.
 *
 * <p>The Hessian comes from {@link DifferentiableFunction#hessian}: exact for an AD
 * {@link dev.polya.multivariable.autodiff.ScalarField} or a hand-written override, otherwise central
 * differences of the gradient (2n gradients per iteration, accurate to about 10⁻¹⁰ relative). Stops when
 * ‖∇f‖∞ ≤ gradientTolerance (default 10⁻⁸: the quadratic convergence makes a tight tolerance cheap).
 *
 * <p>Cost per iteration: one Hessian, a Cholesky factorization (n³/3 flops, more when the Hessian needs
 * modifying), and the line search. Failure modes: a Hessian with NaN or ∞ entries ends the run with
 * {@link MinimizationResult.Status#NON_FINITE} naming the step; a Hessian of the wrong shape is a
 * {@link DimensionMismatchException}; otherwise as {@link BFGS}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §3.3–3.4 (Algorithm 3.3).
 *
 * @param gradientTolerance stop when ‖∇f(x)‖∞ ≤ this, ≥ 0
 * @param maxIterations     the iteration budget, ≥ 0
 */
public record Newton(double gradientTolerance, int maxIterations) implements Method {

    private static final String METHOD = "Newton";
    /** The smallest shift β of Algorithm 3.3. */
    private static final double BETA = 1e-3;
    /**
     * Doublings of τ before giving up: τ = β·2¹¹⁰⁰ overflows, and any finite Hessian is positive definite
     * after the shift long before, once τ exceeds its largest absolute row sum (Gershgorin).
     */
    private static final int MAX_SHIFTS = 1100;

    /** ‖∇f‖∞ ≤ 10⁻⁸. */
    public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-8;
    /** 200 iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;

    /**
     * Validates the parameters.
     *
     * @param gradientTolerance ≥ 0
     * @param maxIterations     ≥ 0
     */
    public Newton {
        Hyperparameters.requireNonNegative(METHOD, "gradient tolerance", gradientTolerance);
        Hyperparameters.requireAtLeast(METHOD, "max iterations", maxIterations, 0);
    }

    /** Newton with gradient tolerance 10⁻⁸ and 200 iterations. */
    public Newton() {
        this(DEFAULT_GRADIENT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    @Override
    public MinimizationResult minimize(DifferentiableFunction f, Vector start) {
        return LineSearchDescent.run(METHOD, f, start, gradientTolerance, maxIterations, WolfeLineSearch.DEFAULT,
                new LineSearchDescent.Directions() {
                    @Override
                    public Vector direction(Vector x, Vector gradient) {
                        return newtonStep(f.hessian(x), gradient);
                    }

                    @Override
                    public double initialStep(double interpolated) {
                        return 1.0;
                    }

                    @Override
                    public void learn(Vector s, Vector y) {
                        // Newton recomputes the Hessian at every iterate
                    }

                    @Override
                    public void reset() {
                        // nothing learnt
                    }
                });
    }

    /** p solving (∇²f + τI) p = −∇f with the smallest τ of Algorithm 3.3 that makes the matrix positive definite. */
    static Vector newtonStep(Matrix hessian, Vector gradient) {
        int n = gradient.size();
        if (hessian.rows() != n || hessian.cols() != n) {
            throw new DimensionMismatchException(METHOD + ": the Hessian is " + hessian.rows() + "×" + hessian.cols()
                    + " but x has " + n + " components");
        }
        double minDiagonal = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(hessian.get(i, j))) {
                    throw new NonFiniteValueException("Hessian entry (" + i + ", " + j + ") = " + hessian.get(i, j));
                }
            }
            minDiagonal = Math.min(minDiagonal, hessian.get(i, i));
        }
        double tau = minDiagonal > 0 ? 0 : BETA - minDiagonal;
        Matrix identity = Matrix.identity(n);
        for (int attempt = 0; attempt < MAX_SHIFTS; attempt++) {
            Cholesky chol = Cholesky.tryOf(tau == 0 ? hessian : hessian.plus(identity.times(tau)));
            if (chol != null) {
                return chol.solve(gradient).unaryMinus();
            }
            tau = Math.max(2 * tau, BETA);
        }
        throw new NonFiniteValueException("Hessian could not be made positive definite (shift τ = " + tau + ")");
    }
}
