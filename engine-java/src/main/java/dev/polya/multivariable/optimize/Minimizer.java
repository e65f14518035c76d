package dev.polya.multivariable.optimize;

import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.MultivariateFunction;
import java.util.Objects;

/**
 * The entry point for minimizing a function of many variables (chapter 17):
 * {@code minimize(f, start, method)} with a {@link Method} ({@link BFGS}, {@link LBFGS}, {@link Newton},
 * {@link NelderMead}, or a first-order rule through {@link FirstOrder}), or a bare
 * {@link FirstOrderMethod} ({@link GradientDescent}, {@link Momentum}, {@link Nesterov}, {@link RMSProp},
 * {@link Adam}) with {@link FirstOrder}'s default budget.
 *
 * <p>Without a method, a function with a gradient gets {@link BFGS} and one without gets {@link NelderMead},
 * as {@code scipy.optimize.minimize} does. Every run returns a {@link MinimizationResult}: the point, value,
 * cost, whether and why it stopped, and the path. Cost and failure modes are the method's.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006.
 */
public final class Minimizer {

    private Minimizer() {
    }

    /**
     * Minimizes f with {@link BFGS} and its defaults.
     *
     * @param f     the function, with its gradient
     * @param start x₀
     * @return the result
     */
    public static MinimizationResult minimize(DifferentiableFunction f, Vector start) {
        return minimize(f, start, new BFGS());
    }

    /**
     * Minimizes f with {@link NelderMead} and its defaults, using only f's values.
     *
     * @param f     the function
     * @param start x₀
     * @return the result
     */
    public static MinimizationResult minimize(MultivariateFunction f, Vector start) {
        return new NelderMead().minimize(f, start);
    }

    /**
     * Minimizes f with the given method.
     *
     * @param f      the function, with its gradient
     * @param start  x₀
     * @param method the method and its options
     * @return the result
     */
    public static MinimizationResult minimize(DifferentiableFunction f, Vector start, Method method) {
        return Objects.requireNonNull(method, "method").minimize(f, start);
    }

    /**
     * Minimizes f with a first-order rule, at most {@value FirstOrder#DEFAULT_MAX_ITERATIONS} steps, stopping
     * at ‖∇f‖∞ ≤ {@value FirstOrder#DEFAULT_GRADIENT_TOLERANCE}.
     *
     * @param f     the function, with its gradient
     * @param start x₀
     * @param rule  the update rule
     * @return the result
     */
    public static MinimizationResult minimize(DifferentiableFunction f, Vector start, FirstOrderMethod rule) {
        return new FirstOrder(rule).minimize(f, start);
    }
}
