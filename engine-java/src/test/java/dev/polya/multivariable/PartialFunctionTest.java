package dev.polya.multivariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.calculus.RealFunction;
import dev.polya.calculus.differentiation.FiniteDifference;
import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.autodiff.ScalarField;
import org.junit.jupiter.api.Test;

/**
 * Partial functions: f with all coordinates but one or two fixed. The derivative of the partial function
 * along i is ∂f/∂xᵢ (checked against the AD gradient), and the point is copied.
 */
class PartialFunctionTest {

    /** A central difference of a smooth function: ~1e-10. */
    private static final double CENTRAL = 1e-8;

    private static final ScalarField F = x -> x[0].times(x[1].sin()).plus(x[2].square().times(x[0]));

    @Test
    void alongACoordinate() {
        double[] a = {1.5, 0.4, -2};
        Vector point = Vector.of(a);
        RealFunction g = PartialFunction.along(F, point, 1);
        // t ↦ 1.5·sin t + 4·1.5
        assertEquals(1.5 * Math.sin(0.9) + 6, g.applyAsDouble(0.9), 1e-15);
        Vector grad = F.gradient(point);
        for (int i = 0; i < 3; i++) {
            double d = FiniteDifference.CENTRAL.estimate(PartialFunction.along(F, point, i), a[i]);
            assertEquals(grad.get(i), d, CENTRAL, "∂f/∂x" + i);
        }
    }

    @Test
    void inAPlane() {
        MultivariateFunction slice = PartialFunction.plane(F, Vector.of(1.5, 0.4, -2), 2, 0);
        // (s, t) ↦ f(t, 0.4, s) = t sin 0.4 + s²t
        assertEquals(3 * Math.sin(0.4) + 4 * 3, slice.applyAsDouble(Vector.of(2, 3)), 1e-14);
        assertThrows(DimensionMismatchException.class, () -> slice.applyAsDouble(Vector.of(1, 2, 3)));
    }

    @Test
    void badIndicesAreTypedErrors() {
        Vector point = Vector.of(1, 2, 3);
        assertThrows(InvalidArgumentException.class, () -> PartialFunction.along(F, point, 3));
        assertThrows(InvalidArgumentException.class, () -> PartialFunction.along(F, point, -1));
        assertThrows(InvalidArgumentException.class, () -> PartialFunction.plane(F, point, 1, 1));
        assertThrows(InvalidArgumentException.class, () -> PartialFunction.plane(F, point, 0, 5));
    }
}
