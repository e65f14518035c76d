package dev.polya.multivariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.autodiff.ScalarField;
import dev.polya.multivariable.autodiff.Var;
import org.junit.jupiter.api.Test;

/**
 * The gradient check: it passes AD and correct hand-written gradients, and finds a deliberately wrong
 * hand-written gradient, naming the coordinate.
 */
class GradientCheckTest {

    /** The tolerance a user would pass: central differences are good to ~1e-9 here. */
    private static final double TOLERANCE = 1e-6;

    /** f(x, y, z) = x·y·z + e^z. */
    private static final MultivariateFunction F = v -> v.get(0) * v.get(1) * v.get(2) + Math.exp(v.get(2));

    @Test
    void aCorrectGradientPasses() {
        DifferentiableFunction right = DifferentiableFunction.of(F,
                v -> Vector.of(v.get(1) * v.get(2), v.get(0) * v.get(2), v.get(0) * v.get(1) + Math.exp(v.get(2))));
        GradientCheck check = GradientCheck.checkGradient(right, Vector.of(0.5, -1.5, 0.8));
        assertTrue(check.passes(TOLERANCE), check.toString());
        assertTrue(check.worstRelativeError() < 1e-8, check.toString());
        ScalarField ad = x -> x[0].times(x[1]).times(x[2]).plus(x[2].exp());
        assertTrue(GradientCheck.checkGradient(ad, Vector.of(0.5, -1.5, 0.8)).passes(TOLERANCE));
    }

    @Test
    void aWrongGradientIsFoundAndItsCoordinateNamed() {
        // the classic slip: ∂/∂z forgets the e^z term
        DifferentiableFunction wrong = DifferentiableFunction.of(F,
                v -> Vector.of(v.get(1) * v.get(2), v.get(0) * v.get(2), v.get(0) * v.get(1)));
        Vector at = Vector.of(0.5, -1.5, 0.8);
        GradientCheck check = GradientCheck.checkGradient(wrong, at);
        assertFalse(check.passes(TOLERANCE));
        assertEquals(2, check.worstIndex());
        // |g − d| / max(1, |g|, |d|) with g = xy = −0.75, d = xy + e^0.8
        double d = -0.75 + Math.exp(0.8);
        assertEquals(Math.exp(0.8) / Math.max(1, Math.abs(d)), check.worstRelativeError(), 1e-8);
        assertTrue(check.toString().contains("coordinate 2"), check.toString());
    }

    @Test
    void aNonFiniteGradientIsTheWorst() {
        DifferentiableFunction nan = DifferentiableFunction.of(F, v -> Vector.of(0, Double.NaN, 0));
        GradientCheck check = GradientCheck.checkGradient(nan, Vector.of(1, 1, 1));
        assertEquals(1, check.worstIndex());
        assertTrue(Double.isNaN(check.worstRelativeError()));
        assertFalse(check.passes(TOLERANCE));
    }

    @Test
    void badInputIsATypedError() {
        DifferentiableFunction shortGradient = DifferentiableFunction.of(F, v -> Vector.of(1, 2));
        assertThrows(DimensionMismatchException.class,
                () -> GradientCheck.checkGradient(shortGradient, Vector.of(1, 1, 1)));
        ScalarField f = x -> x[0].square();
        GradientCheck check = GradientCheck.checkGradient(f, Vector.of(3));
        assertThrows(InvalidArgumentException.class, () -> check.passes(0));
        assertThrows(InvalidArgumentException.class, () -> new GradientCheck(Vector.of(1), Vector.of(1), 0, 1));
        ScalarField constant = x -> Var.constant(1);
        assertEquals(-1, GradientCheck.checkGradient(constant, Vector.of()).worstIndex());
    }
}
