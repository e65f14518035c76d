package dev.polya.multivariable.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import org.junit.jupiter.api.Test;

class WolfeLineSearchTest {

    /** f = (x − 3)² + y², searched from (0, 0) along p = (1, 0): φ(α) = (α − 3)². */
    private static final DifferentiableFunction BOWL = DifferentiableFunction.of(
            v -> (v.get(0) - 3) * (v.get(0) - 3) + v.get(1) * v.get(1),
            v -> Vector.of(2 * (v.get(0) - 3), 2 * v.get(1)));
    private static final Vector ORIGIN = Vector.of(0, 0);
    private static final Vector EAST = Vector.of(1, 0);

    private static WolfeLineSearch.Result searchFrom(double initialStep) {
        return WolfeLineSearch.DEFAULT.search(BOWL, ORIGIN, 9, Vector.of(-6, 0), EAST, initialStep);
    }

    private static void assertStrongWolfe(WolfeLineSearch.Result r) {
        double a = r.step();
        double phi0 = 9;
        double slope0 = -6;
        assertEquals(WolfeLineSearch.Status.WOLFE_CONDITIONS_MET, r.status());
        assertTrue(r.value() <= phi0 + 1e-4 * a * slope0, "sufficient decrease at α = " + a);
        assertTrue(Math.abs(r.gradient().dot(EAST)) <= 0.9 * Math.abs(slope0), "curvature at α = " + a);
        assertEquals(Vector.of(a, 0), r.x());
    }

    @Test
    void acceptsAGoodFirstStep() {
        WolfeLineSearch.Result r = searchFrom(2);   // φ′(2) = −2, |−2| ≤ 0.9·6
        assertStrongWolfe(r);
        assertEquals(2, r.step());
        assertEquals(1, r.evaluations());
    }

    @Test
    void extrapolatesFromATinyStep() {
        WolfeLineSearch.Result r = searchFrom(0.01);
        assertStrongWolfe(r);
        assertTrue(r.evaluations() <= 10, "evaluations " + r.evaluations());
    }

    @Test
    void interpolatesBackFromAnOvershoot() {
        // α = 10 overshoots (φ = 49 > 9); the cubic through φ(0), φ′(0), φ(10), φ′(10) is the parabola: α = 3
        WolfeLineSearch.Result r = searchFrom(10);
        assertStrongWolfe(r);
        assertEquals(3, r.step(), 1e-12);
        assertEquals(2, r.evaluations());
    }

    @Test
    void backsOffFromOverflow() {
        DifferentiableFunction wall = DifferentiableFunction.of(
                v -> v.get(0) > 5 ? Double.POSITIVE_INFINITY : (v.get(0) - 3) * (v.get(0) - 3),
                v -> Vector.of(2 * (v.get(0) - 3)));
        WolfeLineSearch.Result r = WolfeLineSearch.DEFAULT.search(wall, Vector.of(0), 9, Vector.of(-6),
                Vector.of(1), 100);
        assertEquals(WolfeLineSearch.Status.WOLFE_CONDITIONS_MET, r.status());
        assertTrue(r.step() <= 5 && Double.isFinite(r.value()));
    }

    @Test
    void rejectsAnUphillDirectionAndBadConstants() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> WolfeLineSearch.DEFAULT.search(BOWL, ORIGIN, 9, Vector.of(-6, 0), Vector.of(-1, 0), 1));
        assertTrue(e.getMessage().contains("6.0"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> new WolfeLineSearch(0.9, 0.1, 10));
        assertThrows(InvalidArgumentException.class, () -> new WolfeLineSearch(1e-4, 0.9, 0));
        assertThrows(InvalidArgumentException.class, () -> searchFrom(0));
    }
}
