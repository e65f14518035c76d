package dev.polya.multivariable.optimize;

import static dev.polya.multivariable.optimize.TestFunctions.QUADRATIC;
import static dev.polya.multivariable.optimize.TestFunctions.QUADRATIC_MINIMIZER;
import static dev.polya.multivariable.optimize.TestFunctions.QUADRATIC_MINIMUM;
import static dev.polya.multivariable.optimize.TestFunctions.ROSENBROCK;
import static dev.polya.multivariable.optimize.TestFunctions.ROSENBROCK_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newton, BFGS and L-BFGS: exact minima, Rosenbrock to 10⁻⁸, cost against SciPy, reported failures. */
class QuasiNewtonTest {

    /** The bar: the minimizer of Rosenbrock to 10⁻⁸ in every coordinate. */
    private static final double ROSENBROCK_ACCURACY = 1e-8;
    /** A gradient tolerance tight enough for that (SciPy's BFGS at gtol 1e-9 ends 1.1e-12 from (1, 1)). */
    private static final double TIGHT = 1e-9;
    /** Gradient tolerance on the quadratic (|f*| ≈ 2.4 lets f's rounding hide progress below about 1e-8). */
    private static final double QUADRATIC_GTOL = 1e-7;
    /** Exact minima of the quadratic: a few ulps of the entries. */
    private static final double EXACT = 1e-12;
    private static final Vector ONE_ONE = Vector.of(1, 1);

    private static void assertAtRosenbrockMinimum(MinimizationResult r) {
        assertTrue(r.converged(), r.reason());
        assertTrue(r.x().approxEquals(ONE_ONE, ROSENBROCK_ACCURACY), r.x() + " " + r.reason());
        assertEquals(ROSENBROCK_START, r.path().get(0));
        assertEquals(r.x(), r.path().get(r.path().size() - 1));
        assertEquals(r.iterations() + 1, r.path().size());
    }

    @Test
    void allReachTheMinimumOfAConvexQuadratic() {
        // ‖∇f‖∞ ≤ 1e-7 and the smallest eigenvalue of A, 1.27, put x within 1e-7 of x*
        for (Method m : List.of(new Newton(), new BFGS(QUADRATIC_GTOL, 100), new LBFGS(10, QUADRATIC_GTOL, 100))) {
            MinimizationResult r = m.minimize(QUADRATIC, Vector.zeros(3));
            assertTrue(r.converged(), r.reason());
            assertTrue(r.x().approxEquals(QUADRATIC_MINIMIZER, QUADRATIC_GTOL), m + " → " + r.x());
            assertEquals(QUADRATIC_MINIMUM, r.value(), EXACT);
        }
        // Newton's model is the function: one step of length 1 to x* exactly (up to rounding)
        MinimizationResult newton = new Newton().minimize(QUADRATIC, Vector.zeros(3));
        assertEquals(1, newton.iterations());
        assertTrue(newton.x().approxEquals(QUADRATIC_MINIMIZER, EXACT), newton.x().toString());
    }

    @Test
    void aToleranceBelowRoundingIsReportedNotHidden() {
        // near x* the decrease f − f* ≈ ‖∇f‖²/λ falls under ε·|f*| (f* = −43/18): below ‖∇f‖ ≈ 1e-8 no line
        // search can see progress, so asking for 1e-13 ends in LINE_SEARCH_FAILED at a point still near x*
        MinimizationResult r = new LBFGS(10, 1e-13, 100).minimize(QUADRATIC, Vector.zeros(3));
        assertEquals(MinimizationResult.Status.LINE_SEARCH_FAILED, r.status(), r.reason());
        assertTrue(r.x().approxEquals(QUADRATIC_MINIMIZER, ROSENBROCK_ACCURACY), r.x().toString());
    }

    @Test
    void bfgsCostsNoMoreThanSciPyOnRosenbrock() {
        // like with like: exact gradient, ‖∇f‖∞ ≤ 1e-5 (SciPy's default gtol, norm=inf), c1 = 1e-4, c2 = 0.9.
        // multivariable_optimize_reference.py, line "BFGS": nit = 32, nfev = 39 (counting the start)
        MinimizationResult r = new BFGS().minimize(ROSENBROCK, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.CONVERGED_GRADIENT, r.status(), r.reason());
        assertTrue(r.iterations() <= 32, r.reason());
        assertTrue(r.functionEvaluations() <= 39, "evaluations " + r.functionEvaluations());
        assertTrue(r.x().approxEquals(ONE_ONE, 1e-6), r.x().toString());
        // line "BFGS gtol=1e-9": nit = 34, nfev = 41
        MinimizationResult tight = new BFGS(TIGHT, 1000).minimize(ROSENBROCK, ROSENBROCK_START);
        assertAtRosenbrockMinimum(tight);
        assertTrue(tight.iterations() <= 34 && tight.functionEvaluations() <= 41, tight.reason());
    }

    @Test
    void lbfgsReachesRosenbrocksMinimum() {
        MinimizationResult r = new LBFGS(LBFGS.DEFAULT_MEMORY, TIGHT, 1000).minimize(ROSENBROCK, ROSENBROCK_START);
        assertAtRosenbrockMinimum(r);
        // measured 37 iterations, 46 evaluations; SciPy's L-BFGS-B (another stopping rule) 36 and 44 at gtol 1e-5
        assertTrue(r.iterations() <= 40 && r.functionEvaluations() <= 50, r.reason());
    }

    @Test
    void newtonReachesRosenbrocksMinimumQuadratically() {
        MinimizationResult r = new Newton().minimize(ROSENBROCK, ROSENBROCK_START);
        assertAtRosenbrockMinimum(r);
        // measured 21 iterations; SciPy's Newton-CG needs 83 (line "Newton-CG"), trust-exact 25
        assertTrue(r.iterations() <= 25, r.reason());
        // quadratic convergence: the last gradient is far below the tolerance's square root
        assertTrue(r.gradientNorm() < 1e-8, r.reason());
    }

    @Test
    void newtonWithAnIndefiniteHessianStillDescends() {
        // f = x² + y⁴ − y², Hessian diag(2, 12y² − 2) is indefinite at y = 0.1, where the pure Newton step heads
        // for the saddle at y = 0; the modified Hessian goes downhill to a minimum (0, ±1/√2), f = −1/4
        DifferentiableFunction f = DifferentiableFunction.of(
                v -> v.get(0) * v.get(0) + Math.pow(v.get(1), 4) - v.get(1) * v.get(1),
                v -> Vector.of(2 * v.get(0), 4 * Math.pow(v.get(1), 3) - 2 * v.get(1)));
        MinimizationResult r = new Newton().minimize(f, Vector.of(0.5, 0.1));
        assertTrue(r.converged(), r.reason());
        assertEquals(-0.25, r.value(), EXACT);
        assertEquals(1 / Math.sqrt(2), Math.abs(r.x().get(1)), 1e-8);
    }

    @Test
    void aWrongGradientMakesTheLineSearchFailAndSaySo() {
        // ∇f given with the wrong sign: the "descent" direction climbs, no step decreases f
        DifferentiableFunction wrong = DifferentiableFunction.of(v -> v.dot(v), v -> v.times(-2));
        for (Method m : List.of(new BFGS(), new LBFGS())) {
            MinimizationResult r = m.minimize(wrong, Vector.of(1, 2));
            assertEquals(MinimizationResult.Status.LINE_SEARCH_FAILED, r.status(), r.reason());
            assertTrue(r.reason().contains("at step 1"), r.reason());
            assertEquals(Vector.of(1, 2), r.x());
        }
    }

    @Test
    void aFunctionUnboundedBelowIsReportedAsDivergence() {
        DifferentiableFunction plane = DifferentiableFunction.of(v -> -v.get(0) - v.get(1), v -> Vector.of(-1, -1));
        MinimizationResult r = new BFGS().minimize(plane, Vector.of(0, 0));
        assertEquals(MinimizationResult.Status.DIVERGED, r.status(), r.reason());
        assertTrue(r.reason().contains("unbounded below"), r.reason());
    }

    @Test
    void aNaNHessianStopsNewtonAtThatStep() {
        DifferentiableFunction f = new DifferentiableFunction() {
            @Override
            public double applyAsDouble(Vector x) {
                return x.dot(x);
            }

            @Override
            public Vector gradient(Vector x) {
                return x.times(2);
            }

            @Override
            public Matrix hessian(Vector x) {
                return Matrix.of(new double[] {Double.NaN, 0}, new double[] {0, 2});
            }
        };
        MinimizationResult r = new Newton().minimize(f, Vector.of(1, 1));
        assertEquals(MinimizationResult.Status.NON_FINITE, r.status());
        assertTrue(r.reason().contains("Hessian") && r.reason().contains("step 1"), r.reason());
    }

    @Test
    void theIterationBudgetIsReported() {
        MinimizationResult r = new BFGS(1e-5, 5).minimize(ROSENBROCK, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.ITERATION_LIMIT, r.status());
        assertEquals(5, r.iterations());
        assertEquals(6, r.path().size());
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThrows(InvalidArgumentException.class, () -> new BFGS(-1, 10));
        assertThrows(InvalidArgumentException.class, () -> new LBFGS(0));
        assertThrows(InvalidArgumentException.class, () -> new Newton(1e-8, -1));
    }

    @Test
    void theMinimizerPicksBfgsForADifferentiableFunction() {
        MinimizationResult viaMinimizer = Minimizer.minimize(ROSENBROCK, ROSENBROCK_START);
        MinimizationResult direct = new BFGS().minimize(ROSENBROCK, ROSENBROCK_START);
        assertEquals(direct.x(), viaMinimizer.x());
        assertEquals(direct.functionEvaluations(), viaMinimizer.functionEvaluations());
    }
}
