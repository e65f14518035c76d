package dev.polya.multivariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import org.junit.jupiter.api.Test;

/**
 * Central-difference derivatives of plain lambdas against closed forms: f(x, y) = x²y + sin y with
 * ∇f = (2xy, x² + cos y) and ∇²f = [[2y, 2x], [2x, −sin y]]; the polar map's Jacobian; a quadratic's
 * Hessian.
 */
class NumericDerivativesTest {

    /** First derivatives: truncation h²f‴/6 and rounding ε|f|/h with h ≈ 6e-6. */
    private static final double FIRST = 1e-9;
    /** Second derivatives: rounding ε|f|/h² with h ≈ 1.2e-4. */
    private static final double SECOND = 1e-6;

    private static final MultivariateFunction F = v -> v.get(0) * v.get(0) * v.get(1) + Math.sin(v.get(1));

    @Test
    void gradientAndHessianOfAPolynomialPlusASine() {
        double x = 1.3;
        double y = -0.8;
        Vector at = Vector.of(x, y);
        Vector g = NumericDerivatives.gradient(F, at);
        assertEquals(2 * x * y, g.get(0), FIRST);
        assertEquals(x * x + Math.cos(y), g.get(1), FIRST);
        Matrix h = NumericDerivatives.hessian(F, at);
        assertEquals(2 * y, h.get(0, 0), SECOND);
        assertEquals(2 * x, h.get(0, 1), SECOND);
        assertEquals(2 * x, h.get(1, 0), SECOND);
        assertEquals(-Math.sin(y), h.get(1, 1), SECOND);
        DifferentiableFunction d = NumericDerivatives.differentiable(F);
        assertEquals(g, d.gradient(at));
        assertEquals(F.applyAsDouble(at), d.applyAsDouble(at), 0.0);
    }

    @Test
    void hessianOfAQuadraticIsItsMatrix() {
        // f = ½xᵀAx with A = [[4, 1, 0], [1, 3, −1], [0, −1, 2]]: ∇²f = A, at a point with large coordinates
        Matrix a = Matrix.of(new double[][] {{4, 1, 0}, {1, 3, -1}, {0, -1, 2}});
        MultivariateFunction q = v -> 0.5 * v.dot(a.times(v));
        Matrix h = NumericDerivatives.hessian(q, Vector.of(10, -20, 5));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(a.get(i, j), h.get(i, j), SECOND * 1000, "H" + i + j);
            }
        }
    }

    @Test
    void jacobianAndJacobianVectorProductOfPolarCoordinates() {
        VectorFunction polar = v -> Vector.of(v.get(0) * Math.cos(v.get(1)), v.get(0) * Math.sin(v.get(1)));
        double r = 2;
        double t = 0.6;
        Matrix j = NumericDerivatives.jacobian(polar, Vector.of(r, t));
        assertEquals(Math.cos(t), j.get(0, 0), FIRST);
        assertEquals(-r * Math.sin(t), j.get(0, 1), FIRST);
        assertEquals(Math.sin(t), j.get(1, 0), FIRST);
        assertEquals(r * Math.cos(t), j.get(1, 1), FIRST);
        Vector v = Vector.of(0.5, -1);
        Vector jv = NumericDerivatives.jvp(polar, Vector.of(r, t), v);
        Vector expected = j.times(v);
        assertEquals(expected.get(0), jv.get(0), FIRST);
        assertEquals(expected.get(1), jv.get(1), FIRST);
        assertEquals(Vector.of(0, 0), NumericDerivatives.jvp(polar, Vector.of(r, t), Vector.of(0, 0)));
    }

    @Test
    void badInputIsATypedError() {
        MultivariateFunction log = v -> Math.log(v.get(0));
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                () -> NumericDerivatives.gradient(log, Vector.of(0)));
        assertTrue(e.getMessage().contains("e0"), e.getMessage());
        assertThrows(NonFiniteValueException.class, () -> NumericDerivatives.hessian(log, Vector.of(0)));
        VectorFunction vlog = v -> Vector.of(Math.log(v.get(0)));
        assertThrows(NonFiniteValueException.class, () -> NumericDerivatives.jacobian(vlog, Vector.of(0)));
        assertThrows(DimensionMismatchException.class,
                () -> NumericDerivatives.jvp(vlog, Vector.of(1), Vector.of(1, 2)));
    }
}
