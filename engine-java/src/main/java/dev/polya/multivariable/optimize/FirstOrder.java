package dev.polya.multivariable.optimize;

import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.ValueAndGradient;
import java.util.Objects;

/**
 * A first-order update rule run as a minimizer (chapter 17): repeat x ← x − Δ(∇f(x)) with the rule's
 * {@link FirstOrderMethod.Updater} until ‖∇f(x)‖∞ ≤ gradientTolerance or the iteration budget runs out.
 *
 * <p>There is no line search: the learning rate decides whether the run converges. Divergence is reported,
 * never returned as ∞: the run stops with {@link MinimizationResult.Status#NON_FINITE} at the first step
 * where x, f or ∇f is not finite (keeping the last finite iterate and naming the step), with
 * {@link MinimizationResult.Status#DIVERGED} when f climbs 10¹⁰·max(1, |f(x₀)|) above f(x₀), and also with
 * DIVERGED when the budget runs out at a value above f(x₀).
 *
 * <p>Cost per iteration: one evaluation of f and ∇f together plus the rule's O(n) update, and one copy of x
 * for the path.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; S. Ruder, "An overview of gradient
 * descent optimization algorithms", arXiv:1609.04747, 2016.
 *
 * @param rule              the update rule ({@link GradientDescent}, {@link Momentum}, {@link Nesterov},
 *                          {@link RMSProp}, {@link Adam} or another)
 * @param gradientTolerance stop when ‖∇f(x)‖∞ ≤ this, ≥ 0
 * @param maxIterations     the iteration budget, ≥ 0
 */
public record FirstOrder(FirstOrderMethod rule, double gradientTolerance, int maxIterations) implements Method {

    /** ‖∇f‖∞ ≤ 10⁻⁶ when not given. */
    public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-6;
    /** 10 000 iterations when not given. */
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;

    /**
     * Validates the parameters.
     *
     * @param rule              the update rule
     * @param gradientTolerance ≥ 0
     * @param maxIterations     ≥ 0
     */
    public FirstOrder {
        Objects.requireNonNull(rule, "rule");
        Hyperparameters.requireNonNegative(name(rule), "gradient tolerance", gradientTolerance);
        Hyperparameters.requireAtLeast(name(rule), "max iterations", maxIterations, 0);
    }

    /**
     * A rule with the default tolerance {@value #DEFAULT_GRADIENT_TOLERANCE} and budget
     * {@value #DEFAULT_MAX_ITERATIONS}.
     *
     * @param rule the update rule
     */
    public FirstOrder(FirstOrderMethod rule) {
        this(rule, DEFAULT_GRADIENT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    @Override
    public MinimizationResult minimize(DifferentiableFunction f, Vector start) {
        String method = name(rule);
        Run run = new Run(method, start);
        ValueAndGradient vg = run.start(f, start);
        int n = run.dimension();
        FirstOrderMethod.Updater updater = rule.updater(n);
        double f0 = vg.value();
        double ceiling = Run.ceiling(f0);
        Vector x = start;
        double fx = f0;
        double[] g = vg.gradient().toArray();
        double gnorm = Run.maxAbs(vg.gradient());
        run.record(x, fx);
        for (int k = 0; ; k++) {
            if (gnorm <= gradientTolerance) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.CONVERGED_GRADIENT,
                        Run.gradientReason(gnorm, gradientTolerance, k));
            }
            if (k == maxIterations) {
                if (fx > f0) {
                    return run.finish(x, fx, gnorm, k, MinimizationResult.Status.DIVERGED, "after " + k
                            + " iterations f = " + fx + " is above f(x₀) = " + f0 + " (learning rate too large?)");
                }
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.ITERATION_LIMIT,
                        Run.limitReason(maxIterations, gnorm));
            }
            int step = k + 1;
            double[] next = x.toArray();
            updater.update(next, g);
            int bad = Run.firstNonFinite(next);
            if (bad >= 0) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.NON_FINITE,
                        "x" + bad + " = " + next[bad] + " at step " + step);
            }
            Vector candidate = Vector.of(next);
            vg = run.evaluate(f, candidate);
            String problem = Run.nonFinite(vg);
            if (problem != null) {
                return run.finish(x, fx, gnorm, k, MinimizationResult.Status.NON_FINITE,
                        problem + " at step " + step);
            }
            x = candidate;
            fx = vg.value();
            g = vg.gradient().toArray();
            gnorm = Run.maxAbs(vg.gradient());
            run.record(x, fx);
            if (fx > ceiling) {
                return run.finish(x, fx, gnorm, step, MinimizationResult.Status.DIVERGED,
                        Run.divergedReason(fx, f0, step));
            }
        }
    }

    private static String name(FirstOrderMethod rule) {
        String simple = rule == null ? "" : rule.getClass().getSimpleName();
        return simple.isEmpty() ? "first-order method" : simple;
    }
}
