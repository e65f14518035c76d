package dev.polya.multivariable.optimize;

import static dev.polya.multivariable.optimize.TestFunctions.ROSENBROCK;
import static dev.polya.multivariable.optimize.TestFunctions.ROSENBROCK_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.MultivariateFunction;
import org.junit.jupiter.api.Test;

class NelderMeadTest {

    /** SciPy's result and ours follow the same arithmetic: equal to rounding. */
    private static final double SAME_ARITHMETIC = 1e-12;
    /** What xatol = fatol = 1e-4 buys on Rosenbrock. */
    private static final double SIMPLEX_ACCURACY = 1e-4;

    @Test
    void rosenbrockAsSciPyDoesIt() {
        // multivariable_optimize_reference.py, line "Nelder-Mead": nit = 85 (SciPy counts from 1), nfev = 159,
        // x = (1.0000220217835696, 1.0000422197517715), fun = 8.177661197416674e-10
        MinimizationResult r = Minimizer.minimize((MultivariateFunction) ROSENBROCK, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.CONVERGED_SIMPLEX, r.status(), r.reason());
        assertTrue(r.converged());
        assertEquals(84, r.iterations());
        assertEquals(159, r.functionEvaluations());
        assertEquals(0, r.gradientEvaluations());
        assertTrue(Double.isNaN(r.gradientNorm()));
        assertEquals(1.0000220217835696, r.x().get(0), SAME_ARITHMETIC);
        assertEquals(1.0000422197517715, r.x().get(1), SAME_ARITHMETIC);
        assertEquals(8.177661197416674e-10, r.value(), SAME_ARITHMETIC);
        assertTrue(r.x().approxEquals(Vector.of(1, 1), SIMPLEX_ACCURACY));
        assertEquals(ROSENBROCK_START, r.path().get(0));
        assertEquals(r.x(), r.path().get(r.path().size() - 1));
        assertEquals(r.iterations() + 1, r.path().size());
    }

    @Test
    void adaptiveCoefficientsInFiveDimensions() {
        // f = Σ (i + 1)(xᵢ − 1)², minimum 0 at (1, …, 1)
        MultivariateFunction f = x -> {
            double s = 0;
            for (int i = 0; i < x.size(); i++) {
                s += (i + 1) * (x.get(i) - 1) * (x.get(i) - 1);
            }
            return s;
        };
        NelderMead adaptive = new NelderMead(1e-8, 1e-12, 10_000, 10_000, NelderMead.Coefficients.ADAPTIVE);
        MinimizationResult r = adaptive.minimize(f, Vector.zeros(5));
        assertTrue(r.converged(), r.reason());
        assertTrue(r.x().approxEquals(Vector.ones(5), 1e-6), r.x().toString());
    }

    @Test
    void budgetsAreReported() {
        NelderMead few = new NelderMead(1e-4, 1e-4, 10, 10_000, NelderMead.Coefficients.STANDARD);
        MinimizationResult r = few.minimize((MultivariateFunction) ROSENBROCK, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.ITERATION_LIMIT, r.status());
        assertFalse(r.converged());
        assertEquals(10, r.iterations());
        NelderMead cheap = new NelderMead(1e-4, 1e-4, 10_000, 20, NelderMead.Coefficients.STANDARD);
        MinimizationResult s = cheap.minimize((MultivariateFunction) ROSENBROCK, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.EVALUATION_LIMIT, s.status());
        assertTrue(s.functionEvaluations() >= 20);
    }

    @Test
    void nanStopsTheRunAndInfinityIsJustBad() {
        // +∞ outside the disc of radius 2: the simplex stays inside and still finds the minimum at (1, 1)
        MultivariateFunction walled = x -> x.norm() > 2 ? Double.POSITIVE_INFINITY : ROSENBROCK.applyAsDouble(x);
        MinimizationResult ok = new NelderMead().minimize(walled, ROSENBROCK_START);
        assertTrue(ok.converged(), ok.reason());
        // NaN once x > 0: reported with the iteration at which it appeared
        MultivariateFunction nan = x -> x.get(0) > 0 ? Double.NaN : ROSENBROCK.applyAsDouble(x);
        MinimizationResult bad = new NelderMead().minimize(nan, ROSENBROCK_START);
        assertEquals(MinimizationResult.Status.NON_FINITE, bad.status());
        assertTrue(bad.reason().contains("f = NaN at iteration " + bad.iterations()), bad.reason());
        assertTrue(bad.x().get(0) <= 0);
    }

    @Test
    void badInputIsRejected() {
        MultivariateFunction f = x -> x.dot(x);
        assertThrows(NonFiniteValueException.class, () -> new NelderMead().minimize(f, Vector.of(1, Double.NaN)));
        assertThrows(NonFiniteValueException.class,
                () -> new NelderMead().minimize((MultivariateFunction) x -> Double.NaN, Vector.of(1)));
        assertThrows(InvalidArgumentException.class,
                () -> new NelderMead(-1, 1e-4, 10, 10, NelderMead.Coefficients.STANDARD));
        assertThrows(InvalidArgumentException.class,
                () -> new NelderMead(1e-4, 1e-4, 10, 0, NelderMead.Coefficients.STANDARD));
    }
}
