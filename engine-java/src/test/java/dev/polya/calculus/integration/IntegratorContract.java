package dev.polya.calculus.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.calculus.integration.IntegrandBattery.Case;
import dev.polya.calculus.integration.IntegrationResult.Status;
import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every integrator with a tolerance meets; a test class overrides {@link #integrate} and
 * {@link #applies} and gets the whole battery ({@link IntegrandBattery}) and the edge cases:
 * <ul>
 *   <li>at relative tolerance 1e-10, the tolerance is met where the status says CONVERGED (and the status is
 *       CONVERGED wherever {@link #mustConverge} says the integrator can do it);</li>
 *   <li>the error estimate is honest: the true error is at most {@value #HONESTY}× the estimate, whatever the
 *       status;</li>
 *   <li>a reversed range flips the sign exactly, an empty range gives 0, NaN bounds and a null integrand are
 *       rejected, a NaN returned by the integrand is named with its x, and the evaluations are counted.</li>
 * </ul>
 */
abstract class IntegratorContract {

    /** Issue 4: the true error may exceed the error estimate by at most this factor on the battery. */
    static final double HONESTY = 10;

    /** The battery's relative tolerance (issue 4: "at relative tolerance 1e-10"). */
    static final double BATTERY_TOLERANCE = 1e-10;

    /** The exact values are correctly rounded doubles: allow this many ulps of them on top of any tolerance. */
    static final double ROUNDING_ULPS = 4;

    /**
     * @param f                 the integrand
     * @param a                 the lower bound
     * @param b                 the upper bound
     * @param relativeTolerance the relative tolerance, with no absolute one
     * @return the integrator's result
     */
    abstract IntegrationResult integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance);

    /**
     * @param c a battery integral
     * @return whether this integrator is meant for it (a closed rule cannot take an endpoint singularity)
     */
    abstract boolean applies(Case c);

    /**
     * @param c a battery integral it applies to
     * @return whether the integrator must reach the tolerance on it (otherwise only honesty is required)
     */
    boolean mustConverge(Case c) {
        return true;
    }

    @TestFactory
    Stream<DynamicTest> batteryMeetsTheToleranceWithHonestErrorEstimates() {
        return IntegrandBattery.CASES.stream().filter(this::applies).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            IntegrationResult r = integrate(c.f(), c.a(), c.b(), BATTERY_TOLERANCE);
            double error = Math.abs(r.value() - c.exact());
            double rounding = ROUNDING_ULPS * Math.ulp(c.exact());
            assertTrue(error <= HONESTY * r.errorEstimate() + rounding, () -> c.name() + ": true error " + error
                    + " exceeds " + HONESTY + "× the error estimate " + r.errorEstimate() + " (" + r + ")");
            if (mustConverge(c)) {
                assertEquals(Status.CONVERGED, r.status(), () -> c.name() + ": " + r + ": " + r.message());
            }
            if (r.isConverged()) {
                double tolerance = BATTERY_TOLERANCE * Math.abs(c.exact());
                assertTrue(error <= tolerance + rounding, () -> c.name() + ": converged but the true error " + error
                        + " exceeds the tolerance " + tolerance + " (" + r + ")");
                assertTrue(r.errorEstimate() <= r.tolerance(), () -> c.name() + ": " + r);
            }
        }));
    }

    @Test
    void reversedRangeFlipsTheSignExactly() {
        for (Case c : IntegrandBattery.CASES) {
            if (applies(c)) {
                IntegrationResult forward = integrate(c.f(), c.a(), c.b(), BATTERY_TOLERANCE);
                IntegrationResult backward = integrate(c.f(), c.b(), c.a(), BATTERY_TOLERANCE);
                assertEquals(-forward.value(), backward.value(), 0.0, c.name());
                assertEquals(forward.errorEstimate(), backward.errorEstimate(), 0.0, c.name());
                assertEquals(forward.status(), backward.status(), c.name());
            }
        }
    }

    @Test
    void emptyRangeIsZeroWithoutEvaluations() {
        int[] calls = {0};
        IntegrationResult r = integrate(x -> {
            calls[0]++;
            return 1 / x;
        }, 0.5, 0.5, BATTERY_TOLERANCE);
        assertEquals(0, r.value(), 0.0);
        assertEquals(0, r.errorEstimate(), 0.0);
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(0, calls[0]);
        assertEquals(0, r.evaluations());
    }

    @Test
    void evaluationsCountTheCalls() {
        int[] calls = {0};
        IntegrationResult r = integrate(x -> {
            calls[0]++;
            return Math.exp(-x * x) * Math.cos(7 * x);
        }, -1, 2, BATTERY_TOLERANCE);
        assertEquals(calls[0], r.evaluations());
        assertTrue(r.intervals() >= 1);
    }

    @Test
    void cubicIsExact() {
        // ∫₋₁² (x³ − 2x + 1) dx = [x⁴/4 − x² + x] = (4 − 4 + 2) − (1/4 − 1 − 1) = 15/4
        IntegrationResult r = integrate(x -> x * x * x - 2 * x + 1, -1, 2, BATTERY_TOLERANCE);
        assertEquals(3.75, r.value(), 8 * Math.ulp(3.75));
        assertEquals(Status.CONVERGED, r.status());
    }

    @Test
    void nanBoundsAndNullIntegrandAreRejected() {
        assertThrows(InvalidArgumentException.class, () -> integrate(Math::sin, Double.NaN, 1, BATTERY_TOLERANCE));
        assertThrows(InvalidArgumentException.class, () -> integrate(Math::sin, 0, Double.NaN, BATTERY_TOLERANCE));
        assertThrows(InvalidArgumentException.class, () -> integrate(null, 0, 1, BATTERY_TOLERANCE));
    }

    @Test
    void nanFromTheIntegrandIsNamedWithItsPoint() {
        java.util.Set<Double> nanAt = new java.util.HashSet<>();
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> integrate(x -> {
            if (x > 0.7) {
                nanAt.add(x);
            }
            return x > 0.7 ? Double.NaN : x;
        }, 0, 1, BATTERY_TOLERANCE));
        assertTrue(nanAt.stream().anyMatch(x -> e.getMessage().contains("NaN at x = " + x)), e.getMessage());
    }

    @Test
    void infinityFromTheIntegrandIsNamedWithItsPoint() {
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                () -> integrate(x -> x < 0.25 ? 1 : Double.POSITIVE_INFINITY, 0, 1, BATTERY_TOLERANCE));
        assertTrue(e.getMessage().contains("Infinity at x = "), e.getMessage());
    }
}
