package dev.polya.multivariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.autodiff.ScalarField;
import org.junit.jupiter.api.Test;

/**
 * Function grids and level sets: the layout zᵢⱼ = f(xⱼ, yᵢ), the long-format columns, and the points of the
 * circle x² + y² = 1 as a level set of the paraboloid, which must lie on the circle with the gradient
 * orthogonal to it.
 */
class LevelSetTest {

    /** Brent's method stops within ~2e-12 of the crossing. */
    private static final double ON_THE_CURVE = 1e-10;

    private static final ScalarField PARABOLOID = x -> x[0].square().plus(x[1].square());

    @Test
    void aGridHoldsRowsAlongX() {
        FunctionGrid grid = FunctionGrid.evaluate(v -> v.get(0) + 10 * v.get(1), Vector.of(0, 1, 2), Vector.of(0, 1));
        assertEquals(Matrix.of(2, 3, 0, 1, 2, 10, 11, 12), grid.z());
        assertEquals(Vector.of(0, 1, 2, 0, 1, 2), grid.xColumn());
        assertEquals(Vector.of(0, 0, 0, 1, 1, 1), grid.yColumn());
        assertEquals(Vector.of(0, 1, 2, 10, 11, 12), grid.zColumn());
        assertThrows(InvalidArgumentException.class,
                () -> FunctionGrid.evaluate(v -> 0, Vector.of(0, 0), Vector.of(0, 1)));
        assertThrows(InvalidArgumentException.class, () -> FunctionGrid.evaluate(v -> 0, Vector.of(0), Vector.of(0, 1)));
        assertThrows(InvalidArgumentException.class,
                () -> FunctionGrid.evaluate(v -> 0, Vector.of(0, Double.NaN), Vector.of(0, 1)));
        assertThrows(DimensionMismatchException.class,
                () -> new FunctionGrid(Vector.of(0, 1), Vector.of(0, 1), Matrix.zeros(3, 2)));
    }

    @Test
    void theUnitCircleIsALevelSetOfTheParaboloid() {
        // grid lines at odd multiples of 0.05, so no grid point lies on the circle ((2a+1)² + (2b+1)² ≠ 400)
        Vector axis = Vector.linspace(-1.55, 1.45, 31);
        LevelSet circle = LevelSet.find(PARABOLOID, 1.0, axis, axis);
        assertEquals(1.0, circle.level(), 0.0);
        // the circle crosses each of the 20 horizontal and 20 vertical lines with |c| < 1 twice
        assertEquals(80, circle.size());
        for (int k = 0; k < circle.size(); k++) {
            double x = circle.xs().get(k);
            double y = circle.ys().get(k);
            assertEquals(1.0, Math.hypot(x, y), ON_THE_CURVE, "point " + k);
            // the gradient (2x, 2y) is normal to the circle: orthogonal to the tangent (−y, x)
            Vector g = PARABOLOID.gradient(Vector.of(x, y));
            assertEquals(0.0, g.dot(Vector.of(-y, x)), 1e-9);
        }
    }

    @Test
    void aLevelBelowTheMinimumIsEmptyAndBadInputIsTyped() {
        Vector axis = Vector.linspace(-1, 1, 11);
        assertEquals(0, LevelSet.find(PARABOLOID, -1, axis, axis).size());
        assertThrows(InvalidArgumentException.class, () -> LevelSet.find(PARABOLOID, Double.NaN, axis, axis));
        assertThrows(DimensionMismatchException.class, () -> new LevelSet(0, Vector.of(1), Vector.of()));
        assertTrue(LevelSet.find(PARABOLOID, 0.5, axis, axis).size() > 0);
    }
}
