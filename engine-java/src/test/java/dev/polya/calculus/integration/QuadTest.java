package dev.polya.calculus.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polya.calculus.integration.IntegrandBattery.Case;
import dev.polya.calculus.integration.IntegrationResult.Status;
import dev.polya.core.ConvergenceException;
import dev.polya.core.InvalidArgumentException;
import java.lang.management.ManagementFactory;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Quad}: the integrator contract on the whole battery, then QUADPACK fidelity — the same values,
 * error estimates, evaluation counts, subinterval counts and statuses as {@code scipy.integrate.quad} (which
 * calls QUADPACK's Fortran) — the catalog's values (§4.3 rows 30–31), each non-converged status on an
 * integral that provokes it, infinite and reversed ranges, ∫ pdf = Δcdf, the options, and the cost: nothing
 * allocated per evaluation. Reference values: {@code src/test/reference/integration_reference.py}.
 */
class QuadTest extends IntegratorContract {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Java's Math and the C library may differ in the last bit of exp, sin, pow: values agree to a few ulps. */
    private static final double SCIPY_ULPS = 8;

    /** Error estimates go through pow(·, 1.5) and sums of |f − mean|: they agree with scipy's to 1e-4. */
    private static final double SCIPY_ERROR_RELATIVE = 1e-4;

    private static final Quad.Options BATTERY = new Quad.Options(0, BATTERY_TOLERANCE, IntegrandBattery.SCIPY_LIMIT);

    @Override
    IntegrationResult integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        return Quad.integrate(f, a, b, new Quad.Options(0, relativeTolerance, IntegrandBattery.SCIPY_LIMIT));
    }

    @Override
    boolean applies(Case c) {
        return true;
    }

    // ------------------------------------------------------------------ QUADPACK fidelity

    @TestFactory
    Stream<DynamicTest> batteryMatchesScipyEvaluationForEvaluation() {
        return IntegrandBattery.CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            IntegrationResult r = Quad.integrate(c.f(), c.a(), c.b(), BATTERY);
            assertEquals(c.scipyValue(), r.value(), SCIPY_ULPS * Math.ulp(c.scipyValue()), c.name());
            assertEquals(c.scipyError(), r.errorEstimate(), SCIPY_ERROR_RELATIVE * c.scipyError(), c.name());
            assertEquals(c.scipyNeval(), r.evaluations(), c.name());
            assertEquals(c.scipyLast(), r.intervals(), c.name());
            assertEquals(c.scipyIer() == 0, r.isConverged(), c.name());
        }));
    }

    @Test
    void batteryIsCheap() {
        // scipy's counts, which the fidelity test matches one by one: 7854 evaluations for the 30 integrals at
        // relative tolerance 1e-10, at most 1239 (the jump); smooth integrals need one rule (21 evaluations),
        // endpoint singularities 231–525
        assertEquals(IntegrandBattery.SIZE, IntegrandBattery.CASES.size());
        int total = 0;
        int most = 0;
        for (Case c : IntegrandBattery.CASES) {
            int evaluations = Quad.integrate(c.f(), c.a(), c.b(), BATTERY).evaluations();
            total += evaluations;
            most = Math.max(most, evaluations);
        }
        assertEquals(7854, total);
        assertEquals(1239, most);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleMeetsTheBatteryHonestly() {
        // the rule option (QUADPACK's QAG key) on finite ranges: every pair converges on the whole battery with
        // an honest error estimate; infinite ranges keep K15 whatever the option
        return Stream.of(GaussKronrod.values()).flatMap(rule -> IntegrandBattery.CASES.stream()
                .map(c -> DynamicTest.dynamicTest(rule + " " + c.name(), () -> {
                    IntegrationResult r = Quad.integrate(c.f(), c.a(), c.b(), BATTERY.withRule(rule));
                    double error = Math.abs(r.value() - c.exact());
                    assertEquals(Status.CONVERGED, r.status(), () -> r + ": " + r.message());
                    assertTrue(error <= BATTERY_TOLERANCE * Math.abs(c.exact()) + ROUNDING_ULPS * Math.ulp(c.exact()),
                            r::toString);
                    assertTrue(error <= HONESTY * r.errorEstimate() + ROUNDING_ULPS * Math.ulp(c.exact()), r::toString);
                    if (c.finite()) {
                        assertEquals(0, r.evaluations() % rule.points(), r::toString);
                    } else {
                        assertEquals(c.scipyNeval(), r.evaluations(), r::toString);
                    }
                })));
    }

    @Test
    void higherOrderRulesSaveEvaluationsOnOscillationsLowerOnSingularities() {
        // ∫₀¹ sin 50x to 1e-10: 315 evaluations with K21, 51 with K51 (one rule); ∫₀¹ 1/√x: 231 with K21, 165 with K15
        assertEquals(315, Quad.integrate(x -> Math.sin(50 * x), 0, 1, BATTERY).evaluations());
        assertEquals(51, Quad.integrate(x -> Math.sin(50 * x), 0, 1, BATTERY.withRule(GaussKronrod.K51)).evaluations());
        assertEquals(231, Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1, BATTERY).evaluations());
        assertEquals(165, Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1, BATTERY.withRule(GaussKronrod.K15)).evaluations());
    }

    // ------------------------------------------------------------------ catalog §4.3 rows 30–31, scipy's defaults

    @Test
    void catalogQuadOfXSquaredOnZeroTwo() {
        // scipy.integrate.quad(lambda x: x**2, 0, 2) = (2.666666666666667, 2.960594732333751e-14), 21 evaluations
        IntegrationResult r = Quad.integrate(x -> x * x, 0, 2);
        assertEquals(2.666666666666667, r.value(), 0.0);
        assertEquals(2.960594732333751e-14, r.errorEstimate(), 1e-28);
        assertEquals(21, r.evaluations());
        assertEquals(1, r.intervals());
        assertEquals(Status.CONVERGED, r.status());
        assertTrue(r.message().contains("≤ tolerance"), r.message());
        assertEquals(Math.max(1.49e-8, 1.49e-8 * r.value()), r.tolerance(), 0.0);
    }

    @Test
    void catalogExpOfMinusXSquaredMinusSinSquared() {
        // catalog row 31: ∫₀¹ exp(−x² − sin²3x) = 0.46955590241323847 (scipy's default tolerances, 21 evaluations;
        // mpmath: 0.46955590241323852679…)
        IntegrationResult r = Quad.integrate(x -> Math.exp(-x * x - Math.sin(3 * x) * Math.sin(3 * x)), 0, 1);
        assertEquals(0.46955590241323847, r.value(), 2 * Math.ulp(0.47));
        assertEquals(6.165222199928325e-11, r.errorEstimate(), SCIPY_ERROR_RELATIVE * 6.2e-11);
        assertEquals(21, r.evaluations());
    }

    @Test
    void endpointSingularitiesAtTheDefaults() {
        // scipy.integrate.quad(lambda x: 1/sqrt(x), 0, 1) = (1.9999999999999984, 5.773159728050814e-15), neval 231
        IntegrationResult sqrt = Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1);
        assertEquals(1.9999999999999984, sqrt.value(), 0.0);
        assertEquals(5.773159728050814e-15, sqrt.errorEstimate(), 1e-29);
        assertEquals(231, sqrt.evaluations());
        assertEquals(6, sqrt.intervals());
        // scipy.integrate.quad(log, 0, 1) = (-0.9999999999999999, 1.1102230246251563e-15), neval 231
        IntegrationResult log = Quad.integrate(Math::log, 0, 1);
        assertEquals(-0.9999999999999999, log.value(), 0.0);
        assertEquals(1.1102230246251563e-15, log.errorEstimate(), 1e-29);
        assertEquals(231, log.evaluations());
    }

    @Test
    void gaussianOverTheRealLine() {
        // scipy.integrate.quad(lambda x: exp(-x*x), -inf, inf) = (1.7724538509055159, 1.4202636780944923e-08), 270
        IntegrationResult r = Quad.integrate(x -> Math.exp(-x * x), -INF, INF);
        assertEquals(1.7724538509055159, r.value(), 2 * Math.ulp(1.77));
        assertEquals(1.4202636780944923e-08, r.errorEstimate(), SCIPY_ERROR_RELATIVE * 1.42e-8);
        assertEquals(270, r.evaluations());
        assertEquals(Math.sqrt(Math.PI), r.value(), 2 * Math.ulp(1.77));
    }

    // ------------------------------------------------------------------ statuses that report failure

    @Test
    void divergentOneOverXIsReportedAsDivergent() {
        // scipy.integrate.quad(lambda x: 1/x, 0, 1): (41.67684067538809, 9.35056037314051), neval 2079, ier 1
        // ("maximum subdivisions"): the same run, but polya then finds the dyadic chain towards 0 whose
        // contributions do not shrink (each is ln 2) and reports the divergence instead
        IntegrationResult r = Quad.integrate(x -> 1 / x, 0, 1);
        assertEquals(Status.DIVERGENT, r.status());
        assertEquals(41.67684067538809, r.value(), 8 * Math.ulp(41.7));
        assertEquals(9.35056037314051, r.errorEstimate(), SCIPY_ERROR_RELATIVE * 9.35);
        assertEquals(2079, r.evaluations());
        assertEquals(50, r.intervals());
        assertTrue(r.message().contains("seems divergent at 0.0"), r.message());
        ConvergenceException e = assertThrows(ConvergenceException.class, r::requireConverged);
        assertTrue(e.getMessage().contains("DIVERGENT") && e.getMessage().contains("41.676840675388"),
                e.getMessage());
        // with 1000 subintervals it keeps growing like log(1/h): scipy (700.1666622073225, neval 41979, ier 1)
        IntegrationResult more = Quad.integrate(x -> 1 / x, 0, 1, Quad.Options.DEFAULT.withMaxSubdivisions(1000));
        assertEquals(Status.DIVERGENT, more.status());
        assertEquals(700.1666622073225, more.value(), 1e-9 * 700);
        assertEquals(41979, more.evaluations());
        // at the upper end (where the integrand is negative), and with the sign reversed
        IntegrationResult upper = Quad.integrate(x -> 1 / x, -1, 0);
        assertEquals(Status.DIVERGENT, upper.status());
        assertTrue(upper.message().contains("at 0.0"), upper.message());
        assertEquals(Status.DIVERGENT, Quad.integrate(x -> -1 / x, 0, 2).status());
    }

    @Test
    void convergentSingularitiesAreNotCalledDivergent() {
        // x^−0.999 converges (to 1000) and 1/√x to 2: extrapolation handles both
        assertEquals(Status.CONVERGED, Quad.integrate(x -> Math.pow(x, -0.999), 0, 1).status());
        assertEquals(Status.CONVERGED, Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1).status());
        // a convergent integrand that simply needs more subintervals keeps MAX_SUBDIVISIONS
        IntegrationResult wiggly = Quad.integrate(x -> Math.sin(1 / x), 0.001, 1, Quad.Options.DEFAULT.withMaxSubdivisions(5));
        assertEquals(Status.MAX_SUBDIVISIONS, wiggly.status());
    }

    @Test
    void divergentOneOverXSquaredIsDetected() {
        // scipy.integrate.quad(lambda x: 1/x**2, 0, 1): (-1.0, 9.09e-13), neval 231, ier 5 "probably divergent";
        // the value is meaningless (the extrapolation of a divergent sequence), and the status says so
        IntegrationResult r = Quad.integrate(x -> 1 / (x * x), 0, 1);
        assertEquals(Status.DIVERGENT, r.status());
        assertEquals(231, r.evaluations());
        assertTrue(r.message().contains("divergent"), r.message());
        assertThrows(ConvergenceException.class, r::requireConverged);
    }

    @Test
    void logarithmicallyDivergentTailIsReportedAsDivergent() {
        // scipy.integrate.quad(lambda x: x/(1+x*x), 0, inf): (40.99601281916947, 8.156…), neval 1485, ier 1;
        // in the variable t of x = (1 − t)/t the integrand behaves like 1/t at t = 0, i.e. x = ∞
        IntegrationResult r = Quad.integrate(x -> x / (1 + x * x), 0, INF);
        assertEquals(Status.DIVERGENT, r.status());
        assertTrue(r.message().contains("x = Infinity"), r.message());
        assertEquals(40.99601281916947, r.value(), 1e-12 * 41);
        assertEquals(1485, r.evaluations());
    }

    @Test
    void impossibleAbsoluteToleranceReportsRoundoff() {
        // scipy.integrate.quad(lambda x: x*x, 0, 2, epsabs=1e-300, epsrel=0): 2.666666666666667, neval 21, ier 2
        IntegrationResult r = Quad.integrate(x -> x * x, 0, 2, new Quad.Options(1e-300, 0, 50));
        assertEquals(Status.ROUNDOFF, r.status());
        assertEquals(2.666666666666667, r.value(), 0.0);
        assertEquals(21, r.evaluations());
        assertTrue(r.message().contains("round-off"), r.message());
        // scipy.integrate.quad(lambda x: exp(-x*x), -inf, inf, epsabs=1e-300, epsrel=0): 1.7724538509055163, 1170
        IntegrationResult gauss = Quad.integrate(x -> Math.exp(-x * x), -INF, INF, new Quad.Options(1e-300, 0, 50));
        assertEquals(Status.ROUNDOFF, gauss.status());
        assertEquals(1170, gauss.evaluations());
        assertEquals(Math.sqrt(Math.PI), gauss.value(), 4 * Math.ulp(1.77));
    }

    @Test
    void tightRelativeToleranceOnAnOscillationReportsRoundoff() {
        // scipy.integrate.quad(lambda x: sin(50x), 0, 1, epsabs=0, epsrel=1.2e-14): 0.0007006794301577003, 735, ier 2
        IntegrationResult r = Quad.integrate(x -> Math.sin(50 * x), 0, 1, new Quad.Options(0, 1.2e-14, 50));
        assertEquals(Status.ROUNDOFF, r.status());
        assertEquals(735, r.evaluations());
        assertEquals((1 - Math.cos(50)) / 50, r.value(), 1e-16);
    }

    @Test
    void nonIntegrableInteriorSingularityIsABadIntegrand() {
        // scipy.integrate.quad(lambda x: 1/abs(x-0.3), 0, 1, limit=2000): 69.37901142043097, neval 2583, last 62,
        // ier 3 "extremely bad integrand behavior"
        IntegrationResult r = Quad.integrate(x -> 1 / Math.abs(x - 0.3), 0, 1,
                Quad.Options.DEFAULT.withMaxSubdivisions(2000));
        assertEquals(Status.BAD_INTEGRAND, r.status());
        assertEquals(2583, r.evaluations());
        assertEquals(62, r.intervals());
        assertEquals(69.37901142043097, r.value(), 1e-12 * 69.4);
        assertTrue(r.message().contains("0.3"), r.message());
    }

    // ------------------------------------------------------------------ ranges

    @Test
    void infiniteRangesInEveryDirection() {
        // scipy.integrate.quad(lambda x: exp(-x), inf, 0) = -1.0000000000000002; (exp(-x²), inf, -inf) = -1.77…159
        assertEquals(-1.0000000000000002, Quad.integrate(x -> Math.exp(-x), INF, 0).value(), 0.0);
        IntegrationResult r = Quad.integrate(x -> Math.exp(-x * x), INF, -INF);
        assertEquals(-1.7724538509055159, r.value(), 2 * Math.ulp(1.77));
        assertEquals(270, r.evaluations());
        assertEquals(0, Quad.integrate(x -> 1, INF, INF).value(), 0.0);
        assertEquals(0, Quad.integrate(x -> 1, -INF, -INF).value(), 0.0);
        // (−∞, b]: ∫₋∞¹ eˣ = e
        assertEquals(Math.E, Quad.integrate(Math::exp, -INF, 1).value(), 4 * Math.ulp(Math.E));
        // scipy.integrate.quad(lambda x: x**2, 2, 0) = -2.666666666666667
        assertEquals(-2.666666666666667, Quad.integrate(x -> x * x, 2, 0).value(), 0.0);
    }

    @Test
    void infiniteRangeNamesTheOriginalPoint() {
        // a NaN past x = 5 is reported at its x, not at the transformed t
        double[] where = {Double.NaN};
        Exception e = assertThrows(dev.polya.core.NonFiniteValueException.class, () -> Quad.integrate(x -> {
            if (x > 5 && Double.isNaN(where[0])) {
                where[0] = x;
            }
            return x > 5 ? Double.NaN : Math.exp(-x);
        }, 0, INF));
        assertTrue(e.getMessage().contains("x = " + where[0]), e.getMessage());
    }

    @Test
    void normalDensityIntegratesToTheDifferenceOfItsDistributionFunction() {
        // ∫ₐᵇ φ = Φ(b) − Φ(a) = (erf(b/√2) − erf(a/√2))/2, mpmath with 40 digits
        DoubleUnaryOperator pdf = x -> Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        double[][] cases = {{-1.96, 1.96, 0.9500042097035591}, {-1.0, 2.5, 0.8351350807427668},
                {0.0, 8.0, 0.4999999999999994}, {3.0, 6.0, 0.0013498970450424494}};
        Quad.Options options = new Quad.Options(0, 1e-12, 50);
        for (double[] c : cases) {
            IntegrationResult r = Quad.integrate(pdf, c[0], c[1], options);
            assertEquals(Status.CONVERGED, r.status());
            assertEquals(c[2], r.value(), 1e-12 * c[2], () -> "[" + c[0] + ", " + c[1] + "]");
        }
        assertEquals(1, Quad.integrate(pdf, -INF, INF, options).value(), 1e-15);
    }

    // ------------------------------------------------------------------ options

    @Test
    void optionsHaveScipysDefaultsAndAreValidated() {
        assertEquals(1.49e-8, Quad.Options.DEFAULT.absoluteTolerance(), 0.0);
        assertEquals(1.49e-8, Quad.Options.DEFAULT.relativeTolerance(), 0.0);
        assertEquals(50, Quad.Options.DEFAULT.maxSubdivisions());
        assertEquals(GaussKronrod.K21, Quad.Options.DEFAULT.rule());
        Quad.Options o = Quad.Options.DEFAULT.withAbsoluteTolerance(0).withRelativeTolerance(1e-12).withMaxSubdivisions(7);
        assertEquals(new Quad.Options(0, 1e-12, 7), o);
        assertEquals(new Quad.Options(0, 1e-12, 7, GaussKronrod.K61), o.withRule(GaussKronrod.K61));
        assertThrows(InvalidArgumentException.class, () -> o.withRule(null));
        assertThrows(InvalidArgumentException.class, () -> new Quad.Options(-1, 1e-8, 50));
        assertThrows(InvalidArgumentException.class, () -> new Quad.Options(1e-8, Double.NaN, 50));
        assertThrows(InvalidArgumentException.class, () -> new Quad.Options(INF, 1e-8, 50));
        assertThrows(InvalidArgumentException.class, () -> new Quad.Options(1e-8, 1e-8, 0));
        // scipy: "If 'epsabs'<=0, 'epsrel' must be greater than both 5e-29 and 50*(machine epsilon)"
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new Quad.Options(0, 1e-15, 50));
        assertTrue(e.getMessage().contains("1.0E-15"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> new Quad.Options(0, 0, 50));
        // an absolute tolerance alone is allowed
        assertEquals(0, new Quad.Options(1e-12, 0, 50).relativeTolerance(), 0.0);
        assertThrows(InvalidArgumentException.class, () -> Quad.integrate(Math::sin, 0, 1, null));
    }

    @Test
    void oneSubdivisionAllowedIsOneRule() {
        IntegrationResult r = Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1, Quad.Options.DEFAULT.withMaxSubdivisions(1));
        assertEquals(Status.MAX_SUBDIVISIONS, r.status());
        assertEquals(21, r.evaluations());
        IntegrationResult smooth = Quad.integrate(Math::exp, 0, 1, Quad.Options.DEFAULT.withMaxSubdivisions(1));
        assertEquals(Status.CONVERGED, smooth.status());
    }

    @Test
    void requireConvergedReturnsTheResultItself() {
        IntegrationResult r = Quad.integrate(Math::cos, 0, 1);
        assertSame(r, r.requireConverged());
        assertEquals(Math.sin(1), r.value(), 2 * Math.ulp(1.0));
    }

    @Test
    void manySubdivisionsGrowTheWorkArrays() {
        // 1/x on [0, 1] with 5000 subintervals: the partition grows past its first 64 slots
        IntegrationResult r = Quad.integrate(x -> Math.abs(Math.sin(1 / x)), 1e-3, 1,
                new Quad.Options(0, 1e-13, 5000));
        double reference = Quad.integrate(x -> Math.abs(Math.sin(1 / x)), 1e-3, 1, new Quad.Options(0, 1e-11, 5000))
                .value();
        assertEquals(reference, r.value(), 1e-10 * reference);
        assertTrue(r.intervals() > 64, r.toString());
        assertEquals(21 * (2 * r.intervals() - 1), r.evaluations());
    }

    // ------------------------------------------------------------------ cost

    @Test
    void nothingIsAllocatedPerEvaluation() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long id = Thread.currentThread().getId();
        DoubleUnaryOperator sin = Math::sin;
        Quad.Options options = new Quad.Options(0, 1e-12, 1000);
        Quad.integrate(sin, 0, 1000, options);
        long before = threads.getThreadAllocatedBytes(id);
        IntegrationResult big = Quad.integrate(sin, 0, 1000, options);
        long bigBytes = threads.getThreadAllocatedBytes(id) - before;
        before = threads.getThreadAllocatedBytes(id);
        IntegrationResult small = Quad.integrate(sin, 0, 1, options);
        long smallBytes = threads.getThreadAllocatedBytes(id) - before;
        double perEvaluation = (double) (bigBytes - smallBytes) / (big.evaluations() - small.evaluations());
        // the partition's arrays grow with the subintervals (≈ 2.5 bytes per evaluation); a boxed double or a
        // lambda per evaluation would be ≥ 16
        assertTrue(perEvaluation < 4, () -> perEvaluation + " bytes per evaluation (" + bigBytes + " bytes for "
                + big.evaluations() + " evaluations, " + smallBytes + " for " + small.evaluations() + ")");
    }
}
