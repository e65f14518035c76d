package dev.polya.multivariable;

import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;

/**
 * A function f: ℝⁿ → ℝ that knows its gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ) (chapter 16): what gradient-based
 * optimizers need.
 *
 * <p>Three ways to get one: write f over reverse-mode AD scalars (a
 * {@link dev.polya.multivariable.autodiff.ScalarField}: exact gradient for about the cost of a few
 * evaluations, exact Hessian); give the gradient by hand ({@link #of}); or let central differences estimate
 * it ({@link #numeric}: 2n evaluations per gradient, about 1e-10 relative accuracy on smooth functions).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, chapter 8.
 */
public interface DifferentiableFunction extends MultivariateFunction {

    /**
     * The gradient ∇f(x).
     *
     * @param x the point
     * @return ∇f(x), a vector of the dimension of x
     */
    Vector gradient(Vector x);

    /**
     * f(x) and ∇f(x) together. The default evaluates both separately; implementations that get the value for
     * free with the gradient (reverse-mode AD) override it.
     *
     * @param x the point
     * @return the value and the gradient
     */
    default ValueAndGradient valueAndGradient(Vector x) {
        return new ValueAndGradient(applyAsDouble(x), gradient(x));
    }

    /**
     * The Hessian ∇²f(x), the matrix of second partial derivatives ∂²f/∂xᵢ∂xⱼ. The default differentiates the
     * gradient by central differences (2n gradients, step hᵢ = ε^⅓·max(1, |xᵢ|)) and symmetrizes the result;
     * a {@link dev.polya.multivariable.autodiff.ScalarField} overrides it with the exact forward-over-reverse
     * Hessian.
     *
     * @param x the point
     * @return ∇²f(x), symmetric n×n
     */
    default Matrix hessian(Vector x) {
        int n = x.size();
        double[] point = x.toArray();
        double[][] columns = new double[n][];
        for (int j = 0; j < n; j++) {
            double xj = point[j];
            double h = Math.cbrt(Math.ulp(1.0)) * Math.max(1.0, Math.abs(xj));
            point[j] = xj + h;
            Vector up = gradient(Vector.of(point));
            point[j] = xj - h;
            Vector down = gradient(Vector.of(point));
            point[j] = xj;
            double width = 2 * h;
            columns[j] = new double[n];
            for (int i = 0; i < n; i++) {
                columns[j][i] = (up.get(i) - down.get(i)) / width;
            }
        }
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i * n + j] = 0.5 * (columns[j][i] + columns[i][j]);
            }
        }
        return Matrix.of(n, n, h);
    }

    /**
     * A function from its values and a hand-written gradient.
     *
     * @param f        x ↦ f(x)
     * @param gradient x ↦ ∇f(x)
     * @return the pair as a DifferentiableFunction
     */
    static DifferentiableFunction of(MultivariateFunction f, VectorFunction gradient) {
        java.util.Objects.requireNonNull(f, "f");
        java.util.Objects.requireNonNull(gradient, "gradient");
        return new DifferentiableFunction() {
            @Override
            public double applyAsDouble(Vector x) {
                return f.applyAsDouble(x);
            }

            @Override
            public Vector gradient(Vector x) {
                return gradient.apply(x);
            }
        };
    }

    /**
     * A function known only by its values, with its gradient estimated by central differences (2n evaluations
     * per gradient; see {@link NumericDerivatives#differentiable}).
     *
     * @param f x ↦ f(x)
     * @return f with a central-difference gradient
     */
    static DifferentiableFunction numeric(MultivariateFunction f) {
        return NumericDerivatives.differentiable(f);
    }
}
