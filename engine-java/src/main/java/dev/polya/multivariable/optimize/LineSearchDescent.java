package dev.polya.multivariable.optimize;

import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.ValueAndGradient;

/**
 * The loop shared by Newton, BFGS and L-BFGS: a search direction pₖ, a Wolfe line search along it, and the
 * bookkeeping (gradient test, budget, divergence, path).
 */
final class LineSearchDescent {

    /** The part that differs between the methods: where to go, and what to learn from the step taken. */
    interface Directions {

        /**
         * The search direction at x (a descent direction, or one the loop replaces by −∇f).
         *
         * @throws NonFiniteValueException when it cannot be computed from finite numbers (a NaN Hessian)
         */
        Vector direction(Vector x, Vector gradient);

        /**
         * The first trial step of the line search, given α₀ = min(1, 1.01 · 2(fₖ₋₁ − fₖ)/φ′(0)), the step at
         * which the quadratic through fₖ, φ′(0) and last iteration's decrease would be minimal (Nocedal and
         * Wright eq. 3.60; before the first iteration the decrease is taken as ‖∇f(x₀)‖₂/2, as SciPy does).
         */
        double initialStep(double interpolated);

        /** Learns from the step s = xₖ₊₁ − xₖ and y = ∇f(xₖ₊₁) − ∇f(xₖ). */
        void learn(Vector s, Vector y);

        /** Forgets the curvature learnt so far (after a direction that was not downhill). */
        void reset();
    }

    private LineSearchDescent() {
    }

    static MinimizationResult run(String method, DifferentiableFunction f, Vector start, double gradientTolerance,
            int maxIterations, WolfeLineSearch lineSearch, Directions directions) {
        Run run = new Run(method, start);
        ValueAndGradient vg = run.start(f, start);
        double f0 = vg.value();
        double ceiling = Run.ceiling(f0);
        double floor = f0 - Run.DIVERGENCE_FACTOR * Math.max(1, Math.abs(f0));
        Vector x = start;
        double fx = f0;
        Vector g = vg.gradient();
        double gnorm = Run.maxAbs(g);
        double previousDecrease = g.norm() / 2;
        run.record(x, fx);
        for (int k = 0; ; k++) {
            if (gnorm <= gradientTolerance) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.CONVERGED_GRADIENT,
                        Run.gradientReason(gnorm, gradientTolerance, k));
            }
            if (k == maxIterations) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.ITERATION_LIMIT,
                        Run.limitReason(maxIterations, gnorm));
            }
            int step = k + 1;
            Vector p;
            try {
                p = directions.direction(x, g);
            } catch (NonFiniteValueException e) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.NON_FINITE,
                        e.getMessage() + " at step " + step);
            }
            int bad = Run.firstNonFinite(p.toArray());
            if (bad >= 0) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.NON_FINITE,
                        "search direction component " + bad + " = " + p.get(bad) + " at step " + step);
            }
            if (!(g.dot(p) < 0)) {
                // rounding made the model matrix indefinite: restart from steepest descent
                directions.reset();
                p = g.unaryMinus();
            }
            // α₀ = min(1, 1.01 · 2(fₖ₋₁ − fₖ) / φ′(0))
            double interpolated = Math.min(1.0, 1.01 * 2 * previousDecrease / -g.dot(p));
            if (!(interpolated > 0)) {
                interpolated = 1.0;
            }
            WolfeLineSearch.Result ls = lineSearch.search(f, x, fx, g, p, directions.initialStep(interpolated));
            run.count(ls.evaluations());
            if (ls.status() == WolfeLineSearch.Status.UNBOUNDED) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.DIVERGED, "at step " + step
                        + " f kept decreasing along the search direction through " + ls.evaluations()
                        + " doublings of the step (f unbounded below?)");
            }
            if (ls.status() != WolfeLineSearch.Status.WOLFE_CONDITIONS_MET) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.LINE_SEARCH_FAILED,
                        "line search " + ls.status() + " after " + ls.evaluations() + " trials at step " + step
                                + " with ‖∇f‖∞ = " + gnorm);
            }
            Vector s = ls.x().minus(x);
            Vector y = ls.gradient().minus(g);
            previousDecrease = fx - ls.value();
            x = ls.x();
            fx = ls.value();
            g = ls.gradient();
            gnorm = Run.maxAbs(g);
            run.record(x, fx);
            if (fx > ceiling) {
                return run.finish(x, fx, gnorm, step, MinimizationResult.Status.DIVERGED,
                        Run.divergedReason(fx, f0, step));
            }
            if (fx < floor) {
                return run.finish(x, fx, gnorm, step, MinimizationResult.Status.DIVERGED, "f = " + fx + " at step "
                        + step + " fell more than " + Run.DIVERGENCE_FACTOR + "·max(1, |f(x₀)|) below f(x₀) = "
                        + f0 + " (f unbounded below?)");
            }
            directions.learn(s, y);
        }
    }
}
