package dev.polya.multivariable.optimize;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a minimization in many variables (chapter 17): the point reached, its value, the cost, how
 * and why the run ended, and the path of iterates for plotting.
 *
 * <p>Failing to converge is a status, not an exception, so that a diverging or stalled run can still be drawn:
 * {@link Status#NON_FINITE} and {@link Status#DIVERGED} keep the last finite iterate and name the step in the
 * {@code reason}.
 *
 * @param x                   the point reached (the last finite iterate; for Nelder–Mead the best vertex)
 * @param value               f(x)
 * @param gradientNorm        ‖∇f(x)‖∞ = maxᵢ |∂f/∂xᵢ|, the quantity the gradient test compares (as SciPy's
 *                            {@code gtol}); NaN for Nelder–Mead, which never evaluates a gradient
 * @param iterations          iterations (updates of x) performed
 * @param functionEvaluations evaluations of f, counting the start (an evaluation that gives f and ∇f together
 *                            counts once here and once in {@code gradientEvaluations})
 * @param gradientEvaluations evaluations of ∇f (Hessians are not counted)
 * @param converged           whether a convergence test was met: {@code status.isConvergence()}
 * @param status              how the run ended
 * @param reason              why, with the numbers: {@code "‖∇f‖∞ = 7.4e-06 ≤ 1.0e-05"}, {@code "f = NaN at step 17"}
 * @param path                the iterates x₀ (the start), x₁, …, x (for Nelder–Mead the best vertex after each
 *                            iteration)
 * @param values              f along the path, one value per iterate (the loss curve)
 */
public record MinimizationResult(Vector x, double value, double gradientNorm, int iterations,
        int functionEvaluations, int gradientEvaluations, boolean converged, Status status, String reason,
        List<Vector> path, Vector values) {

    /** How a minimization ended. */
    public enum Status {
        /** ‖∇f(x)‖∞ fell to the gradient tolerance. */
        CONVERGED_GRADIENT,
        /** Nelder–Mead: the simplex shrank below the x tolerance and its values agree to the f tolerance. */
        CONVERGED_SIMPLEX,
        /** The iteration budget ran out first; x is the last iterate. */
        ITERATION_LIMIT,
        /** The evaluation budget ran out first (Nelder–Mead); x is the best point so far. */
        EVALUATION_LIMIT,
        /**
         * The line search found no step satisfying the Wolfe conditions (usually: the gradient tolerance is
         * below what rounding allows, or the gradient is wrong); x is the last accepted iterate.
         */
        LINE_SEARCH_FAILED,
        /**
         * The iterates ran away: f rose more than 10¹⁰·max(1, |f(x₀)|) above its start, or a fixed-step run
         * ended higher than it started (the learning rate is too large); or f fell as far below it, or kept
         * decreasing through every trial of a line search (f unbounded below).
         */
        DIVERGED,
        /** f, ∇f, the Hessian or an iterate became NaN or infinite; the reason names the step. */
        NON_FINITE;

        /**
         * @return whether this status reports success
         */
        public boolean isConvergence() {
            return this == CONVERGED_GRADIENT || this == CONVERGED_SIMPLEX;
        }
    }

    /**
     * Validates the result.
     *
     * @param x                   the point reached
     * @param value               f(x)
     * @param gradientNorm        ‖∇f(x)‖∞, or NaN when not computed
     * @param iterations          iterations performed
     * @param functionEvaluations evaluations of f
     * @param gradientEvaluations evaluations of ∇f
     * @param converged           whether a convergence test was met
     * @param status              how the run ended
     * @param reason              why
     * @param path                the iterates
     * @param values              f along the path
     */
    public MinimizationResult {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        path = List.copyOf(path);
        Objects.requireNonNull(values, "values");
        if (converged != status.isConvergence()) {
            throw new InvalidArgumentException("minimization result: converged = " + converged
                    + " contradicts status " + status);
        }
        if (path.size() != values.size()) {
            throw new InvalidArgumentException("minimization result: " + path.size() + " iterates but "
                    + values.size() + " values");
        }
    }
}
