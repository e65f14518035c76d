package dev.polya.multivariable.optimize;

import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;

/**
 * A method for minimizing a function of many variables (chapter 17), chosen by value:
 * {@code Minimizer.minimize(f, start, new BFGS())}.
 *
 * <p>The implementations are immutable descriptions (tolerances, budgets, hyper-parameters) and keep no state:
 * every run's metadata is on its {@link MinimizationResult}. First-order update rules (gradient descent,
 * momentum, Nesterov, RMSProp, Adam) become methods through {@link FirstOrder}, which adds a budget and a
 * gradient tolerance.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006.
 */
public sealed interface Method permits FirstOrder, Newton, BFGS, LBFGS, NelderMead {

    /**
     * Minimizes f from a starting point.
     *
     * @param f     the function, with its gradient
     * @param start x₀, finite, of f's dimension
     * @return the point reached, how the run ended and its path
     * @throws dev.polya.core.InvalidArgumentException     for an empty start
     * @throws dev.polya.core.NonFiniteValueException      when x₀, f(x₀) or ∇f(x₀) is not finite
     * @throws dev.polya.core.DimensionMismatchException   when ∇f (or the Hessian) does not have x₀'s dimension
     */
    MinimizationResult minimize(DifferentiableFunction f, Vector start);
}
