package dev.polya.multivariable;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.core.Tolerances;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import java.util.Objects;

/**
 * Gradients, Jacobians, Hessians and Jacobian–vector products of plain functions by central differences
 * (chapters 15–16): for lambdas on doubles that automatic differentiation cannot see into, and as the
 * independent check of AD.
 *
 * <pre>
 *   ∂f/∂xᵢ     ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ                       hᵢ = ∛ε·max(1, |xᵢ|)
 *   ∂²f/∂xᵢ²   ≈ (f(x + hᵢeᵢ) − 2f(x) + f(x − hᵢeᵢ)) / hᵢ²                hᵢ = ∜ε·max(1, |xᵢ|)
 *   ∂²f/∂xᵢ∂xⱼ ≈ (f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)) / 4hᵢhⱼ
 *   J·v        ≈ (F(x + hv) − F(x − hv)) / 2h                           h = ∛ε·max(1, ‖x‖∞)/‖v‖∞
 * </pre>
 * The steps balance truncation error O(h²) against rounding ε|f|/h (first derivatives: about 10 correct
 * digits on smooth functions of moderate scale) or ε|f|/h² (second derivatives: about 7). The width
 * divided by is the step actually taken, (x + h) − (x − h), which is exact in binary.
 *
 * <p>Cost: 2n evaluations per gradient, 2n per Jacobian (of F), 2n² + 1 per Hessian, 2 per product.
 * Failure modes: a NaN or infinite value of f at a probe point throws {@link NonFiniteValueException} naming
 * the coordinate and the value; a direction of the wrong size throws {@link DimensionMismatchException}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapters 15–16; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §8.1.
 */
public final class NumericDerivatives {

    private static final double FIRST = Math.cbrt(Tolerances.EPSILON);
    private static final double SECOND = Math.sqrt(Math.sqrt(Tolerances.EPSILON));

    private NumericDerivatives() {
    }

    /**
     * ∇f(x) by central differences.
     *
     * @param f the function
     * @param x the point
     * @return the estimated gradient
     */
    public static Vector gradient(MultivariateFunction f, Vector x) {
        Objects.requireNonNull(f, "f");
        double[] p = x.toArray();
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double xi = p[i];
            double h = FIRST * Math.max(1, Math.abs(xi));
            double up = xi + h;
            double down = xi - h;
            p[i] = up;
            double fUp = value(f, p, "gradient", i, "+");
            p[i] = down;
            double fDown = value(f, p, "gradient", i, "−");
            p[i] = xi;
            g[i] = (fUp - fDown) / (up - down);
        }
        return Vector.of(g);
    }

    /**
     * f with its gradient estimated by central differences, for optimizers that need a
     * {@link DifferentiableFunction} (exact gradients by AD are a {@code ScalarField}).
     *
     * @param f the function
     * @return f together with {@link #gradient(MultivariateFunction, Vector)}
     */
    public static DifferentiableFunction differentiable(MultivariateFunction f) {
        Objects.requireNonNull(f, "f");
        return DifferentiableFunction.of(f, x -> gradient(f, x));
    }

    /**
     * The Jacobian of F: ℝⁿ → ℝᵐ by central differences, one column per coordinate.
     *
     * @param f the function
     * @param x the point
     * @return the estimated m×n Jacobian
     */
    public static Matrix jacobian(VectorFunction f, Vector x) {
        Objects.requireNonNull(f, "f");
        double[] p = x.toArray();
        int n = p.length;
        double[][] columns = new double[n][];
        int m = -1;
        for (int j = 0; j < n; j++) {
            double xj = p[j];
            double h = FIRST * Math.max(1, Math.abs(xj));
            double up = xj + h;
            double down = xj - h;
            p[j] = up;
            Vector fUp = values(f, p, j, "+");
            p[j] = down;
            Vector fDown = values(f, p, j, "−");
            p[j] = xj;
            m = fUp.size();
            columns[j] = fUp.minus(fDown).div(up - down).toArray();
        }
        if (n == 0) {
            m = f.apply(x).size();
        }
        double[] jac = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                jac[i * n + j] = columns[j][i];
            }
        }
        return Matrix.of(m, n, jac);
    }

    /**
     * The Hessian ∇²f(x) by second central differences of f (no gradient needed), symmetric by construction.
     *
     * @param f the function
     * @param x the point
     * @return the estimated n×n Hessian
     */
    public static Matrix hessian(MultivariateFunction f, Vector x) {
        Objects.requireNonNull(f, "f");
        double[] p = x.toArray();
        int n = p.length;
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double step = SECOND * Math.max(1, Math.abs(p[i]));
            // the step actually representable at xᵢ
            h[i] = (p[i] + step) - p[i];
        }
        double f0 = value(f, p, "hessian", -1, "");
        double[] hess = new double[n * n];
        for (int i = 0; i < n; i++) {
            double xi = p[i];
            p[i] = xi + h[i];
            double up = value(f, p, "hessian", i, "+");
            p[i] = xi - h[i];
            double down = value(f, p, "hessian", i, "−");
            p[i] = xi;
            hess[i * n + i] = (up - 2 * f0 + down) / (h[i] * h[i]);
            for (int j = i + 1; j < n; j++) {
                double xj = p[j];
                double s = 0;
                for (int si = -1; si <= 1; si += 2) {
                    for (int sj = -1; sj <= 1; sj += 2) {
                        p[i] = xi + si * h[i];
                        p[j] = xj + sj * h[j];
                        s += si * sj * value(f, p, "hessian", i, si > 0 ? "+" : "−");
                    }
                }
                p[i] = xi;
                p[j] = xj;
                double hij = s / (4 * h[i] * h[j]);
                hess[i * n + j] = hij;
                hess[j * n + i] = hij;
            }
        }
        return Matrix.of(n, n, hess);
    }

    /**
     * The Jacobian–vector product J(x)·v, the derivative of F along v, from two evaluations of F.
     *
     * @param f the function
     * @param x the point
     * @param v the direction, of the dimension of x
     * @return the estimated J(x)·v
     */
    public static Vector jvp(VectorFunction f, Vector x, Vector v) {
        Objects.requireNonNull(f, "f");
        if (v.size() != x.size()) {
            throw new DimensionMismatchException("Jacobian–vector product: v has " + v.size()
                    + " coordinates, the point " + x.size());
        }
        double vNorm = v.size() == 0 ? 0 : v.norm(Double.POSITIVE_INFINITY);
        if (vNorm == 0) {
            return Vector.zeros(f.apply(x).size());
        }
        double xNorm = x.size() == 0 ? 0 : x.norm(Double.POSITIVE_INFINITY);
        double h = FIRST * Math.max(1, xNorm) / vNorm;
        Vector up = values(f, x.plus(v.times(h)).toArray(), -1, "+");
        Vector down = values(f, x.minus(v.times(h)).toArray(), -1, "−");
        return up.minus(down).div(2 * h);
    }

    private static double value(MultivariateFunction f, double[] p, String what, int i, String sign) {
        double v = f.applyAsDouble(Vector.of(p));
        if (!Double.isFinite(v)) {
            throw new NonFiniteValueException("central-difference " + what + ": f = " + v
                    + (i < 0 ? " at the point" : " at the probe x" + sign + "h·e" + i)
                    + " " + Vector.of(p) + "; f must be finite near x");
        }
        return v;
    }

    private static Vector values(VectorFunction f, double[] p, int j, String sign) {
        Vector v = f.apply(Vector.of(p));
        for (int i = 0; i < v.size(); i++) {
            if (!Double.isFinite(v.get(i))) {
                throw new NonFiniteValueException("central-difference Jacobian: F" + i + " = " + v.get(i)
                        + (j < 0 ? " at a probe along v" : " at the probe x" + sign + "h·e" + j)
                        + " " + Vector.of(p) + "; F must be finite near x");
            }
        }
        return v;
    }
}
