package dev.polya.multivariable;

import dev.polya.linalg.Vector;
import java.util.function.Function;

/**
 * A function F: ℝⁿ → ℝᵐ on plain doubles (chapter 15): a change of coordinates, a layer of a network, the
 * gradient field of a function ℝⁿ → ℝ.
 *
 * <p>It extends {@link Function}, so Java and Kotlin lambdas convert; {@link #invoke} lets Kotlin write
 * {@code F(x)}. One written over reverse-mode AD scalars is a
 * {@link dev.polya.multivariable.autodiff.VectorField}, whose Jacobian is exact.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 15.
 */
@FunctionalInterface
public interface VectorFunction extends Function<Vector, Vector> {

    /**
     * F(x).
     *
     * @param x the point, of the function's input dimension n
     * @return F(x), of the output dimension m
     */
    @Override
    Vector apply(Vector x);

    /**
     * F(x), for Kotlin's call syntax {@code F(x)}.
     *
     * @param x the point
     * @return F(x)
     */
    default Vector invoke(Vector x) {
        return apply(x);
    }
}
