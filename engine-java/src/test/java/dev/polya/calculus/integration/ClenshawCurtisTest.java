package dev.polya.calculus.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.calculus.integration.IntegrandBattery.Case;
import dev.polya.calculus.integration.IntegrationResult.Status;
import dev.polya.core.InvalidArgumentException;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ClenshawCurtis}: the rule against an independent construction (numpy's Chebyshev interpolant,
 * {@code src/test/reference/clenshaw_curtis_reference.py}), its exactness on Chebyshev polynomials, the
 * integrator contract on the battery's finite integrals (smooth ones converge; every estimate is honest), and
 * the early "no" on integrands that are not smooth.
 */
class ClenshawCurtisTest extends IntegratorContract {

    /** Reference values are the same rule computed another way (numpy fits by least squares): absolute. */
    private static final double REFERENCE_TOLERANCE = 1e-14;

    /** The battery's finite integrals the rule declines (not smooth, or infinite at an endpoint). */
    private static final Set<String> NOT_SMOOTH = Set.of("sqrt(1-x^2) [-1,1]", "1/(1e-4+x^2) [-1,1]",
            "|x-1/3| [0,1]", "jump at 1/pi [0,1]");

    /** The battery's finite integrals whose integrand is infinite or NaN at an endpoint: no value at all. */
    private static final Set<String> NOT_FINITE_AT_AN_END = Set.of("1/sqrt(x) [0,1]", "log(x) [0,1]",
            "x^-0.9 [0,1]", "log(x)/sqrt(x) [0,1]", "1/sqrt(1-x) [0,1]", "log(x)log(1-x) [0,1]");

    @Override
    IntegrationResult integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        return ClenshawCurtis.integrate(f, a, b, 0, relativeTolerance);
    }

    @Override
    boolean applies(Case c) {
        return c.finite() && !NOT_FINITE_AT_AN_END.contains(c.name());
    }

    @Override
    boolean mustConverge(Case c) {
        return !NOT_SMOOTH.contains(c.name());
    }

    @Test
    void ruleMatchesNumpysChebyshevInterpolant() {
        double[][] expected = {
            {1.7188611518765928, 1.7182814859233666, 1.7182818284590298, 1.7182818284590446},
            {0.7833333333333332, 0.7853392330383486, 0.7853981625692406, 0.7853981633974475},
            {0.12656329836036495, -0.031184806157369932, -0.04609450099287593, -0.04609849671280103}};
        DoubleUnaryOperator[] f = {Math::exp, x -> 1 / (1 + x * x), x -> Math.cos(3 * x)};
        double[][] range = {{0, 1}, {0, 1}, {-1, 2}};
        for (int i = 0; i < f.length; i++) {
            for (int level = 1; level <= 4; level++) {
                double q = ClenshawCurtis.rule(f[i], range[i][0], range[i][1], 1 << level);
                assertEquals(expected[i][level - 1], q, REFERENCE_TOLERANCE,
                        "case " + i + ", n = " + (1 << level));
            }
        }
    }

    @Test
    void everyLevelIntegratesChebyshevPolynomialsUpToItsDegreeExactly() {
        // ∫₋₁¹ T_k = 2/(1 − k²) for even k, 0 for odd k
        for (int n = 2; n <= 256; n *= 2) {
            for (int k = 0; k <= n + 1; k++) {
                int degree = k;
                double exact = k % 2 == 1 ? 0 : 2.0 / (1 - (double) k * k);
                double q = ClenshawCurtis.rule(t -> Math.cos(degree * Math.acos(Math.max(-1, Math.min(1, t)))), -1, 1, n);
                assertEquals(exact, q, 64 * Math.ulp(1.0), "n = " + n + ", T_" + k);
            }
        }
    }

    @Test
    void smoothIntegrandsStopAtTheFirstLevelThatResolvesThem() {
        // evaluations at 1e-10: x² 5 (the 5 samples lie on a parabola), a quintic 9 (9 and 5 points agree),
        // eˣ 17, sin 50x on [0, 1] 65 (the 33-point value is still off by 4e-5), sin on [0, 100] 129
        assertEquals(5, integrate(x -> x * x, 0, 2, BATTERY_TOLERANCE).evaluations());
        assertEquals(9, integrate(x -> x * x * x * x * x - 3 * x * x * x + x, -1, 2, BATTERY_TOLERANCE).evaluations());
        assertEquals(17, integrate(Math::exp, 0, 1, BATTERY_TOLERANCE).evaluations());
        assertEquals(65, integrate(x -> Math.sin(50 * x), 0, 1, BATTERY_TOLERANCE).evaluations());
        assertEquals(129, integrate(Math::sin, 0, 100, BATTERY_TOLERANCE).evaluations());
    }

    @Test
    void notSmoothIsSaidEarlyWithTheReason() {
        IntegrationResult kink = integrate(x -> Math.abs(x - 1.0 / 3), 0, 1, BATTERY_TOLERANCE);
        assertEquals(Status.NOT_SMOOTH, kink.status());
        assertTrue(kink.evaluations() <= 33, kink.toString());
        assertTrue(kink.message().contains("decay too slowly (algebraically"), kink.message());
        IntegrationResult endpoint = integrate(x -> 1 / Math.sqrt(x), 0, 1, BATTERY_TOLERANCE);
        assertEquals(Status.NOT_SMOOTH, endpoint.status());
        assertEquals(2, endpoint.evaluations());
        assertTrue(Double.isNaN(endpoint.value()));
        assertTrue(endpoint.message().contains("Infinity at x = 0.0"), endpoint.message());
    }

    @Test
    void anOscillationBeyondTheLastLevelIsDeclined() {
        // sin on [0, 1000]: about 160 periods, more than 257 points can resolve
        IntegrationResult r = integrate(Math::sin, 0, 1000, BATTERY_TOLERANCE);
        assertTrue(r.status() == Status.NOT_SMOOTH || r.status() == Status.MAX_LEVELS, r.toString());
        assertTrue(r.message().contains("Clenshaw–Curtis stopped"), r.message());
    }

    @Test
    void aToleranceBelowRoundingIsRoundoffWithTheResolvedValue() {
        IntegrationResult r = ClenshawCurtis.integrate(Math::sin, 0, 100, 1e-300, 0);
        assertEquals(Status.ROUNDOFF, r.status(), r.toString());
        assertEquals(0.13768112771231605, r.value(), 1e-12);
        assertTrue(r.message().contains("down to rounding"), r.message());
    }

    @Test
    void everyIntegrandInfiniteAtAnEndIsDeclinedAfterOneOrTwoEvaluations() {
        for (Case c : IntegrandBattery.CASES) {
            if (NOT_FINITE_AT_AN_END.contains(c.name())) {
                IntegrationResult r = integrate(c.f(), c.a(), c.b(), BATTERY_TOLERANCE);
                assertEquals(Status.NOT_SMOOTH, r.status(), c.name());
                assertTrue(r.evaluations() <= 2, c.name());
            }
        }
    }

    @Override
    @Test
    void nanFromTheIntegrandIsNamedWithItsPoint() {
        IntegrationResult r = integrate(x -> x > 0.7 ? Double.NaN : x, 0, 1, BATTERY_TOLERANCE);
        assertEquals(Status.NOT_SMOOTH, r.status());
        assertTrue(r.message().contains("NaN at x = 1.0"), r.message());
    }

    @Override
    @Test
    void infinityFromTheIntegrandIsNamedWithItsPoint() {
        IntegrationResult r = integrate(x -> x < 0.25 ? 1 : Double.POSITIVE_INFINITY, 0, 1, BATTERY_TOLERANCE);
        assertEquals(Status.NOT_SMOOTH, r.status());
        assertTrue(r.message().contains("Infinity at x = 1.0"), r.message());
    }

    @Test
    void anIntegrandMayItselfIntegrate() {
        // ∫₀¹ ∫₀¹ e^(xy) dy dx: the inner rule needs a sample buffer of its own while the outer one is in use
        IntegrationResult r = integrate(x -> integrate(y -> Math.exp(x * y), 0, 1, 1e-13).value(), 0, 1, 1e-12);
        // ∫₀¹ (eˣ − 1)/x dx = Ein(1) = 1.3179021514544038 (mpmath.quad)
        assertEquals(1.3179021514544038, r.value(), 1e-12);
        assertEquals(Status.CONVERGED, r.status());
    }

    @Test
    void anIntegrandThatThrowsLeavesTheRuleUsable() {
        assertThrows(IllegalStateException.class, () -> integrate(x -> {
            throw new IllegalStateException("no");
        }, 0, 1, BATTERY_TOLERANCE));
        assertEquals(Math.E - 1, integrate(Math::exp, 0, 1, BATTERY_TOLERANCE).value(), 4 * Math.ulp(Math.E));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(InvalidArgumentException.class, () -> ClenshawCurtis.integrate(Math::sin, 0, Double.POSITIVE_INFINITY));
        assertThrows(InvalidArgumentException.class, () -> ClenshawCurtis.integrate(Math::sin, 0, 1, 0, 1e-17));
        assertThrows(InvalidArgumentException.class, () -> ClenshawCurtis.rule(Math::sin, 0, 1, 6));
        assertThrows(InvalidArgumentException.class, () -> ClenshawCurtis.rule(Math::sin, 0, 1, 512));
    }
}
