package dev.polya.multivariable;

import dev.polya.linalg.Vector;
import java.util.function.ToDoubleFunction;

/**
 * A function f: ℝⁿ → ℝ on plain doubles (chapter 15): a loss, an energy, a height over the plane.
 *
 * <p>It extends {@link ToDoubleFunction}, so Java passes a lambda {@code x -> x.get(0) * x.get(1)} and Kotlin
 * lambdas convert; {@link #invoke} lets Kotlin write {@code f(x)}. A function that also knows its gradient
 * is a {@link DifferentiableFunction}; one written over reverse-mode AD scalars is a
 * {@link dev.polya.multivariable.autodiff.ScalarField}, which is both.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 15.
 */
@FunctionalInterface
public interface MultivariateFunction extends ToDoubleFunction<Vector> {

    /**
     * f(x).
     *
     * @param x the point, of the function's dimension n
     * @return f(x)
     */
    @Override
    double applyAsDouble(Vector x);

    /**
     * f(x), for Kotlin's call syntax {@code f(x)}.
     *
     * @param x the point
     * @return f(x)
     */
    default double invoke(Vector x) {
        return applyAsDouble(x);
    }
}
