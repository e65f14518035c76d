package dev.polya.multivariable.optimize;

import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;

/** Test problems with closed-form gradients, Hessians and minimizers. */
final class TestFunctions {

    private TestFunctions() {
    }

    /** Rosenbrock's f = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1), with exact gradient and Hessian. */
    static final DifferentiableFunction ROSENBROCK = new DifferentiableFunction() {
        @Override
        public double applyAsDouble(Vector v) {
            double x = v.get(0);
            double y = v.get(1);
            return 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x);
        }

        @Override
        public Vector gradient(Vector v) {
            double x = v.get(0);
            double y = v.get(1);
            return Vector.of(-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x));
        }

        @Override
        public Matrix hessian(Vector v) {
            double x = v.get(0);
            double y = v.get(1);
            return Matrix.of(new double[] {1200 * x * x - 400 * y + 2, -400 * x}, new double[] {-400 * x, 200});
        }
    };

    /** The classic start (−1.2, 1). */
    static final Vector ROSENBROCK_START = Vector.of(-1.2, 1.0);

    /** The badly scaled quadratic f = x² + 100y² (κ = 100), minimum 0 at the origin. */
    static final DifferentiableFunction ELONGATED = DifferentiableFunction.of(
            v -> v.get(0) * v.get(0) + 100 * v.get(1) * v.get(1),
            v -> Vector.of(2 * v.get(0), 200 * v.get(1)));

    /** A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]] (SPD), b = (1, 2, 3). */
    static final Matrix A = Matrix.of(new double[] {4, 1, 0}, new double[] {1, 3, 1}, new double[] {0, 1, 2});
    static final Vector B = Vector.of(1, 2, 3);

    /** The convex quadratic f = ½xᵀAx − bᵀx, minimized at x* = A⁻¹b with f* = −½bᵀA⁻¹b. */
    static final DifferentiableFunction QUADRATIC = new DifferentiableFunction() {
        @Override
        public double applyAsDouble(Vector x) {
            return 0.5 * x.dot(A.times(x)) - B.dot(x);
        }

        @Override
        public Vector gradient(Vector x) {
            return A.times(x).minus(B);
        }

        @Override
        public Matrix hessian(Vector x) {
            return A;
        }
    };

    /** x* = A⁻¹b = (2/9, 1/9, 13/9), by hand (check: A x* = (9, 18, 27)/9 = b). */
    static final Vector QUADRATIC_MINIMIZER = Vector.of(2.0 / 9, 1.0 / 9, 13.0 / 9);
    /** f* = −½ bᵀx* = −½ (2 + 2 + 39)/9 = −43/18. */
    static final double QUADRATIC_MINIMUM = -43.0 / 18;
}
