package dev.polya.multivariable;

import dev.polya.calculus.RealFunction;
import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.Objects;

/**
 * Partial functions of f: ℝⁿ → ℝ (chapter 15): f with all coordinates but one (or two) held fixed at a
 * point a. They are how a function of many variables is seen through functions of one: the partial
 * derivative ∂f/∂xᵢ(a) is the ordinary derivative of t ↦ f(a₁, …, aᵢ₋₁, t, aᵢ₊₁, …, aₙ) at t = aᵢ, and the
 * two-variable slice (s, t) ↦ f(…, s, …, t, …) is what a contour plot of a high-dimensional function shows.
 *
 * <pre>
 *   along(f, a, i):     t      ↦ f(a₁, …, t, …, aₙ)          (t in position i)
 *   plane(f, a, i, j):  (s, t) ↦ f(a₁, …, s, …, t, …, aₙ)    (s in position i, t in position j)
 * </pre>
 * The point is copied, so later changes to the caller's data do not leak in. Cost: one evaluation of f
 * (and one copy of the point) per call of the partial function.
 *
 * <p>Failure modes: an index outside 0 … n − 1, or i = j, throws {@link InvalidArgumentException}; a plane
 * slice called with other than 2 coordinates throws {@link DimensionMismatchException}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 15; T. M. Apostol, <i>Calculus</i>,
 * vol. II, 2nd ed., Wiley 1969, §8.6.
 */
public final class PartialFunction {

    private PartialFunction() {
    }

    /**
     * The partial function along coordinate i through a: t ↦ f(a with aᵢ replaced by t).
     *
     * @param f     the function
     * @param point a, whose other coordinates stay fixed
     * @param i     the free coordinate, 0 ≤ i &lt; n
     * @return the function of one variable
     */
    public static RealFunction along(MultivariateFunction f, Vector point, int i) {
        Objects.requireNonNull(f, "f");
        double[] a = point.toArray();
        requireIndex("i", i, a.length);
        return t -> {
            double[] p = a.clone();
            p[i] = t;
            return f.applyAsDouble(Vector.of(p));
        };
    }

    /**
     * The two-variable slice through a in the plane of coordinates i and j: (s, t) ↦ f(a with aᵢ = s,
     * aⱼ = t), as a function on ℝ² (for contour plots and level sets).
     *
     * @param f     the function
     * @param point a, whose other coordinates stay fixed
     * @param i     the coordinate that s varies
     * @param j     the coordinate that t varies, j ≠ i
     * @return the function of the 2-vector (s, t)
     */
    public static MultivariateFunction plane(MultivariateFunction f, Vector point, int i, int j) {
        Objects.requireNonNull(f, "f");
        double[] a = point.toArray();
        requireIndex("i", i, a.length);
        requireIndex("j", j, a.length);
        if (i == j) {
            throw new InvalidArgumentException("partial function: the two free coordinates must differ, both are "
                    + i);
        }
        return st -> {
            if (st.size() != 2) {
                throw new DimensionMismatchException("partial function in the plane of x" + i + " and x" + j
                        + ": expects 2 coordinates (s, t), got " + st.size());
            }
            double[] p = a.clone();
            p[i] = st.get(0);
            p[j] = st.get(1);
            return f.applyAsDouble(Vector.of(p));
        };
    }

    private static void requireIndex(String name, int index, int n) {
        if (index < 0 || index >= n) {
            throw new InvalidArgumentException("partial function: coordinate " + name + " = " + index
                    + " is outside 0 … " + (n - 1) + " for a point in ℝ" + n);
        }
    }
}
