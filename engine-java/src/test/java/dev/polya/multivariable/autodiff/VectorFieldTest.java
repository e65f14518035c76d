package dev.polya.multivariable.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import org.junit.jupiter.api.Test;

/**
 * Functions ℝⁿ → ℝᵐ over Vars: the polar-coordinates map (r, θ) ↦ (r cos θ, r sin θ), whose Jacobian is
 * [[cos θ, −r sin θ], [sin θ, r cos θ]] with determinant r; tall and wide shapes; constant outputs; and the
 * typed errors.
 */
class VectorFieldTest {

    private static final double ROUNDING = 1e-15;

    private static final VectorField POLAR = x -> new Var[] {x[0].times(x[1].cos()), x[0].times(x[1].sin())};

    @Test
    void polarCoordinatesHaveTheClosedFormJacobian() {
        double r = 2;
        double t = 0.6;
        Vector at = Vector.of(r, t);
        Matrix expected = Matrix.of(new double[][] {{Math.cos(t), -r * Math.sin(t)}, {Math.sin(t), r * Math.cos(t)}});
        for (JacobianMode mode : JacobianMode.values()) {
            Matrix j = POLAR.jacobian(at, mode);
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < 2; k++) {
                    assertEquals(expected.get(i, k), j.get(i, k), ROUNDING, mode + " J" + i + k);
                }
            }
        }
        assertEquals(Vector.of(r * Math.cos(t), r * Math.sin(t)), POLAR.apply(at));
        assertEquals(POLAR.jacobian(at), Derivatives.jacobian(POLAR, at));
        assertEquals(POLAR.jacobian(at), Derivatives.jacobian(POLAR).apply(at));
        assertEquals(POLAR.jvp(at, Vector.of(1, 0)), Derivatives.jvp(POLAR, at, Vector.of(1, 0)));
        assertEquals(POLAR.vjp(at, Vector.of(1, 0)), Derivatives.vjp(POLAR, at, Vector.of(1, 0)));
        // a column by jvp, a row by vjp
        assertEquals(Math.cos(t), POLAR.jvp(at, Vector.of(1, 0)).get(0), ROUNDING);
        assertEquals(-r * Math.sin(t), POLAR.vjp(at, Vector.of(1, 0)).get(1), ROUNDING);
    }

    @Test
    void theCheaperModeIsChosenByShape() {
        assertEquals(JacobianMode.FORWARD, JacobianMode.cheaper(1, 5));
        assertEquals(JacobianMode.REVERSE, JacobianMode.cheaper(5, 1));
        assertEquals(JacobianMode.REVERSE, JacobianMode.cheaper(3, 3));
        // tall: x ↦ (x, x², x³); wide: (x, y, z) ↦ xyz
        VectorField tall = x -> new Var[] {x[0], x[0].square(), x[0].pow(3)};
        assertEquals(Matrix.of(3, 1, 1, 4, 12), tall.jacobian(Vector.of(2)));
        VectorField wide = x -> new Var[] {x[0].times(x[1]).times(x[2])};
        assertEquals(Matrix.of(1, 3, 6, 3, 2), wide.jacobian(Vector.of(1, 2, 3)));
        assertEquals(Vector.of(6, 3, 2), wide.gradient(Vector.of(1, 2, 3)));
    }

    @Test
    void constantAndRepeatedOutputs() {
        VectorField f = x -> new Var[] {Var.constant(7), x[1], x[0].times(x[1]), x[1]};
        Vector at = Vector.of(3, 5);
        Matrix expected = Matrix.of(4, 2, 0, 0, 0, 1, 5, 3, 0, 1);
        assertEquals(expected, f.jacobian(at, JacobianMode.FORWARD));
        assertEquals(expected, f.jacobian(at, JacobianMode.REVERSE));
        assertEquals(Vector.of(7, 5, 15, 5), f.apply(at));
        // uᵀJ with the repeated output x₁ counted twice
        assertEquals(Vector.of(5, 1 + 3 + 1), f.vjp(at, Vector.of(1, 1, 1, 1)));
        assertEquals(Vector.of(0, 1, 8, 1), f.jvp(at, Vector.of(1, 1)));
        VectorField none = x -> new Var[0];
        assertEquals(0, none.jacobian(at).rows());
    }

    @Test
    void badInputIsATypedError() {
        Vector at = Vector.of(1, 2);
        assertThrows(DimensionMismatchException.class, () -> POLAR.jvp(at, Vector.of(1)));
        assertThrows(DimensionMismatchException.class, () -> POLAR.vjp(at, Vector.of(1, 2, 3)));
        assertThrows(DimensionMismatchException.class, () -> POLAR.jacobian(Vector.of(1)));
        assertThrows(DimensionMismatchException.class, () -> POLAR.apply(Vector.of(1)));
        InvalidArgumentException notScalar = assertThrows(InvalidArgumentException.class,
                () -> POLAR.gradient(at));
        assertTrue(notScalar.getMessage().contains("not a scalar") && notScalar.getMessage().contains("2 outputs"),
                notScalar.getMessage());
        VectorField withNull = x -> new Var[] {x[0], null};
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> withNull.jacobian(at));
        assertTrue(e.getMessage().contains("output 1"), e.getMessage());
        VectorField returnsNull = x -> null;
        assertThrows(InvalidArgumentException.class, () -> returnsNull.apply(at));
        Var foreign = new Tape().variable(1);
        VectorField leaky = x -> new Var[] {foreign};
        assertThrows(InvalidArgumentException.class, () -> leaky.jacobian(at));
    }
}
