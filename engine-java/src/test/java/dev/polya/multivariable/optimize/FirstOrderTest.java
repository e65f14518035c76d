package dev.polya.multivariable.optimize;

import static dev.polya.multivariable.optimize.TestFunctions.ELONGATED;
import static dev.polya.multivariable.optimize.TestFunctions.QUADRATIC;
import static dev.polya.multivariable.optimize.TestFunctions.QUADRATIC_MINIMIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First-order rules run as minimizers: convergence, divergence and NaN reporting, the path. */
class FirstOrderTest {

    private static final Vector ONES = Vector.of(1, 1);
    /** ‖∇f‖∞ ≤ 10⁻⁶ and curvature ≥ 2 put x within 10⁻⁶/2 of the minimizer. */
    private static final double AT_MINIMUM = 1e-6;

    private static void assertConvergedToOrigin(MinimizationResult r) {
        assertEquals(MinimizationResult.Status.CONVERGED_GRADIENT, r.status(), r.reason());
        assertTrue(r.converged());
        assertTrue(r.gradientNorm() <= FirstOrder.DEFAULT_GRADIENT_TOLERANCE, r.reason());
        assertTrue(r.x().norm(Double.POSITIVE_INFINITY) <= AT_MINIMUM, r.x().toString());
    }

    @Test
    void everyRuleSolvesAConvexQuadratic() {
        // f = ½xᵀAx − bᵀx with eigenvalues of A in [1.27, 4.73]: η = 0.2 < 2/4.73 for the fixed-step rules
        List<FirstOrderMethod> rules = List.of(new GradientDescent(0.2), new Momentum(0.1, 0.5),
                new Nesterov(0.1, 0.5), new RMSProp(LearningRateSchedule.exponential(0.01, 0.002), 0.99, 1e-8),
                new Adam(LearningRateSchedule.exponential(0.05, 0.002), 0.9, 0.999, 1e-8));
        for (FirstOrderMethod rule : rules) {
            MinimizationResult r = Minimizer.minimize(QUADRATIC, Vector.zeros(3), rule);
            assertTrue(r.converged(), r.reason());
            assertTrue(r.x().approxEquals(QUADRATIC_MINIMIZER, AT_MINIMUM), rule + " → " + r.x());
        }
    }

    @Test
    void theBadlyScaledQuadraticWithSuitableRates() {
        // f = x² + 100y², curvatures 2 and 200: gradient descent needs η < 2/200 and then crawls along x
        MinimizationResult gd = Minimizer.minimize(ELONGATED, ONES, new GradientDescent(0.009));
        assertConvergedToOrigin(gd);
        MinimizationResult momentum = Minimizer.minimize(ELONGATED, ONES, new Momentum(0.009, 0.9));
        assertConvergedToOrigin(momentum);
        // Nesterov is stable only for ηλ < 2(1 + β)/(1 + 2β) ≈ 1.36: η = 0.005
        MinimizationResult nesterov = Minimizer.minimize(ELONGATED, ONES, new Nesterov(0.005, 0.9));
        assertConvergedToOrigin(nesterov);
        MinimizationResult rms = Minimizer.minimize(ELONGATED, ONES, new RMSProp(0.01));
        assertConvergedToOrigin(rms);
        MinimizationResult adam = Minimizer.minimize(ELONGATED, ONES, new Adam(0.1));
        assertConvergedToOrigin(adam);
        // momentum's point: fewer iterations than plain gradient descent at the same rate (measured 282 vs 799)
        assertTrue(momentum.iterations() < gd.iterations() / 2, momentum.iterations() + " vs " + gd.iterations());
    }

    @Test
    void aTooSmallRateRunsOutOfIterationsAndSaysSo() {
        MinimizationResult r = new FirstOrder(new Adam(0.001), 1e-6, 100).minimize(ELONGATED, ONES);
        assertEquals(MinimizationResult.Status.ITERATION_LIMIT, r.status());
        assertFalse(r.converged());
        assertEquals(100, r.iterations());
        assertEquals(101, r.path().size());
        assertTrue(r.reason().contains("100"), r.reason());
    }

    @Test
    void aTooLargeRateIsReportedAsDivergenceWithTheStep() {
        // η = 0.011 > 2/200: y grows by |1 − 2.2| = 1.2 per step until f passes 10¹⁰·101 above f(x₀)
        MinimizationResult r = Minimizer.minimize(ELONGATED, ONES, new GradientDescent(0.011));
        assertEquals(MinimizationResult.Status.DIVERGED, r.status(), r.reason());
        assertFalse(r.converged());
        assertTrue(Double.isFinite(r.value()));
        assertTrue(r.reason().contains("at step " + r.iterations()), r.reason());
        assertEquals(r.x(), r.path().get(r.path().size() - 1));
    }

    @Test
    void nanDuringTheRunStopsItAtThatStep() {
        // f = x², undefined (NaN) for |x| < 0.3: with η = 0.25 the iterates are 1, 0.5, 0.25 → NaN at step 2
        DifferentiableFunction f = DifferentiableFunction.of(
                v -> Math.abs(v.get(0)) < 0.3 ? Double.NaN : v.get(0) * v.get(0), v -> Vector.of(2 * v.get(0)));
        MinimizationResult r = Minimizer.minimize(f, Vector.of(1), new GradientDescent(0.25));
        assertEquals(MinimizationResult.Status.NON_FINITE, r.status());
        assertTrue(r.reason().contains("f = NaN at step 2"), r.reason());
        assertEquals(1, r.iterations());
        assertEquals(Vector.of(0.5), r.x());
        assertEquals(0.25, r.value());
        assertEquals(List.of(Vector.of(1), Vector.of(0.5)), r.path());
    }

    @Test
    void thePathStartsAtTheStartAndEndsAtTheResult() {
        MinimizationResult r = new FirstOrder(new Momentum(0.009, 0.9), 1e-6, 50).minimize(ELONGATED, ONES);
        assertEquals(ONES, r.path().get(0));
        assertEquals(r.x(), r.path().get(r.path().size() - 1));
        assertEquals(r.iterations() + 1, r.path().size());
        assertEquals(r.path().size(), r.values().size());
        assertEquals(101.0, r.values().get(0));
        assertEquals(r.value(), r.values().get(r.values().size() - 1));
        assertEquals(r.iterations() + 1, r.functionEvaluations());
        assertEquals(r.functionEvaluations(), r.gradientEvaluations());
    }

    @Test
    void badStartsAreRejected() {
        FirstOrder gd = new FirstOrder(new GradientDescent(0.1));
        assertThrows(NonFiniteValueException.class, () -> gd.minimize(ELONGATED, Vector.of(Double.NaN, 1)));
        assertThrows(InvalidArgumentException.class, () -> gd.minimize(ELONGATED, Vector.of()));
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
                () -> gd.minimize(ELONGATED, Vector.of(1, 2, 3)));
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
        DifferentiableFunction log = DifferentiableFunction.of(v -> Math.log(v.get(0)), v -> Vector.of(1 / v.get(0)));
        NonFiniteValueException nan = assertThrows(NonFiniteValueException.class,
                () -> gd.minimize(log, Vector.of(-1)));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        assertThrows(InvalidArgumentException.class, () -> new FirstOrder(new Adam(), -1, 10));
        assertThrows(InvalidArgumentException.class, () -> new FirstOrder(new Adam(), 1e-6, -1));
    }
}
