package dev.polya.multivariable;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.Objects;

/**
 * The outcome of a gradient check (chapter 16): a gradient — hand-written or by automatic differentiation —
 * compared coordinate by coordinate with central differences of the function's values, with the worst
 * disagreement and where it occurs.
 *
 * <p>The error of coordinate i is relative where the derivatives are large and absolute where they are
 * small, so that neither a tiny gradient nor a huge one misleads:
 * <pre>
 *   eᵢ = |gᵢ − dᵢ| / max(1, |gᵢ|, |dᵢ|)      g the gradient checked, d the central difference
 * </pre>
 * Central differences are accurate to about 1e-10·max(1, |f|) on smooth functions of moderate scale
 * ({@link NumericDerivatives}), so a correct gradient typically shows a worst error below 1e-7 and a wrong
 * one an error of order 1; {@link #passes(double)} with a tolerance around 1e-6 separates them. A non-finite
 * entry of the gradient gives eᵢ = NaN and is reported as the worst.
 *
 * <p>Cost: one gradient and 2n evaluations of f.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; CS231n, "Gradient checks" (Stanford
 * course notes on neural networks), whose relative-error definition this follows.
 *
 * @param gradient           the gradient checked, g = ∇f(x) as f computes it
 * @param numeric            the central-difference estimate d
 * @param worstRelativeError maxᵢ eᵢ (NaN when some gᵢ is not finite)
 * @param worstIndex         the coordinate i where eᵢ is largest (−1 for n = 0)
 */
public record GradientCheck(Vector gradient, Vector numeric, double worstRelativeError, int worstIndex) {

    /**
     * Validates the record.
     *
     * @param gradient           the gradient checked
     * @param numeric            the central-difference estimate
     * @param worstRelativeError the largest error
     * @param worstIndex         where it occurs
     */
    public GradientCheck {
        Objects.requireNonNull(gradient, "gradient");
        Objects.requireNonNull(numeric, "numeric");
        if (gradient.size() != numeric.size()) {
            throw new DimensionMismatchException("gradient check: the gradient has " + gradient.size()
                    + " coordinates, the estimate " + numeric.size());
        }
        if (worstIndex < -1 || worstIndex >= gradient.size()) {
            throw new InvalidArgumentException("gradient check: worst index " + worstIndex
                    + " is outside 0 … " + (gradient.size() - 1));
        }
    }

    /**
     * Compares f's gradient at x with central differences of f.
     *
     * @param f a function with a gradient
     * @param x the point
     * @return the comparison
     */
    public static GradientCheck checkGradient(DifferentiableFunction f, Vector x) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(x, "x");
        Vector g = f.gradient(x);
        if (g == null || g.size() != x.size()) {
            throw new DimensionMismatchException("gradient check: the gradient has "
                    + (g == null ? "no" : String.valueOf(g.size())) + " coordinates at a point with " + x.size());
        }
        Vector d = NumericDerivatives.gradient(f, x);
        double worst = 0;
        int where = x.size() == 0 ? -1 : 0;
        for (int i = 0; i < x.size(); i++) {
            double gi = g.get(i);
            double di = d.get(i);
            double e = Double.isFinite(gi) ? Math.abs(gi - di) / Math.max(1, Math.max(Math.abs(gi), Math.abs(di)))
                    : Double.NaN;
            if (Double.isNaN(e)) {
                return new GradientCheck(g, d, Double.NaN, i);
            }
            if (e > worst) {
                worst = e;
                where = i;
            }
        }
        return new GradientCheck(g, d, worst, where);
    }

    /**
     * @param tolerance the largest acceptable error, positive
     * @return whether every coordinate agrees within the tolerance (false when some error is NaN)
     */
    public boolean passes(double tolerance) {
        if (!(tolerance > 0)) {
            throw new InvalidArgumentException("gradient check: tolerance must be positive, was " + tolerance);
        }
        return worstRelativeError <= tolerance;
    }

    /**
     * @return {@code gradient check: worst error 0.5 at coordinate 2 (gradient 3.0, central difference 2.0)}
     */
    @Override
    public String toString() {
        if (worstIndex < 0) {
            return "gradient check: no coordinates";
        }
        return "gradient check: worst error " + worstRelativeError + " at coordinate " + worstIndex + " (gradient "
                + gradient.get(worstIndex) + ", central difference " + numeric.get(worstIndex) + ")";
    }
}
