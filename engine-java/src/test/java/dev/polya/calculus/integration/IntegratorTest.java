package dev.polya.calculus.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.calculus.integration.IntegrandBattery.Case;
import dev.polya.calculus.integration.IntegrationResult.Status;
import dev.polya.core.InvalidArgumentException;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Integrator}: the integrator contract on the whole battery (every integral converges, estimates honest),
 * and the hand-over: smooth integrands stay with Clenshaw–Curtis and cost fewer evaluations than Quad,
 * non-smooth ones go to Quad with the spectral attempt's evaluations added, infinite ranges are Quad's.
 */
class IntegratorTest extends IntegratorContract {

    private static final Quad.Options BATTERY = new Quad.Options(0, BATTERY_TOLERANCE, IntegrandBattery.SCIPY_LIMIT);

    @Override
    IntegrationResult integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        return Integrator.integrate(f, a, b, BATTERY.withRelativeTolerance(relativeTolerance));
    }

    @Override
    boolean applies(Case c) {
        return true;
    }

    private static Case find(String name) {
        return IntegrandBattery.CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void smoothIntegrandsCostFewerEvaluationsThanQuad() {
        // evaluations at 1e-10 (Integrator, Quad = scipy's): exp 17/21, sin 50x 65/315, e^x cos 20x 65/315,
        // sin on [0, 100] 129/651, humps 129/189
        String[] names = {"exp [0,1]", "sin(50x) [0,1]", "e^x cos(20x) [0,pi]", "sin [0,100]", "humps [0,1]"};
        int[] expected = {17, 65, 65, 129, 129};
        for (int i = 0; i < names.length; i++) {
            Case c = find(names[i]);
            IntegrationResult r = Integrator.integrate(c.f(), c.a(), c.b(), BATTERY);
            assertEquals(expected[i], r.evaluations(), c.name());
            assertEquals(1, r.intervals(), c.name());
            assertTrue(r.evaluations() < c.scipyNeval(), c.name());
            assertTrue(r.message().startsWith("Clenshaw–Curtis with"), r.message());
        }
    }

    @Test
    void nonSmoothIntegrandsGoToQuadWithTheAttemptCounted() {
        for (String name : new String[] {"|x-1/3| [0,1]", "sqrt(1-x^2) [-1,1]", "1/sqrt(x) [0,1]", "jump at 1/pi [0,1]"}) {
            Case c = find(name);
            IntegrationResult spectral = ClenshawCurtis.integrate(c.f(), c.a(), c.b(), 0, BATTERY_TOLERANCE);
            IntegrationResult quad = Quad.integrate(c.f(), c.a(), c.b(), BATTERY);
            IntegrationResult r = Integrator.integrate(c.f(), c.a(), c.b(), BATTERY);
            assertEquals(Status.NOT_SMOOTH, spectral.status(), name);
            assertEquals(quad.value(), r.value(), 0.0, name);
            assertEquals(quad.errorEstimate(), r.errorEstimate(), 0.0, name);
            assertEquals(quad.intervals(), r.intervals(), name);
            assertEquals(quad.evaluations() + spectral.evaluations(), r.evaluations(), name);
            assertTrue(r.message().contains("first, Clenshaw–Curtis stopped") || r.message().contains("first, the "
                    + "integrand is"), r.message());
        }
    }

    @Test
    void anEndpointSingularityCostsOneOrTwoEvaluationsMore() {
        Case c = find("1/sqrt(x) [0,1]");
        IntegrationResult r = Integrator.integrate(c.f(), c.a(), c.b(), BATTERY);
        assertEquals(c.scipyNeval() + 2, r.evaluations());   // f(1), then f(0) = ∞
    }

    @Test
    void infiniteRangesAreQuadsExactly() {
        for (Case c : IntegrandBattery.CASES) {
            if (!c.finite()) {
                IntegrationResult r = Integrator.integrate(c.f(), c.a(), c.b(), BATTERY);
                IntegrationResult q = Quad.integrate(c.f(), c.a(), c.b(), BATTERY);
                assertEquals(q.value(), r.value(), 0.0, c.name());
                assertEquals(q.evaluations(), r.evaluations(), c.name());
            }
        }
    }

    @Test
    void oscillationsOfEveryPhaseAndFrequencyAreRightAndMostlySpectral() {
        // ∫₀⁵ cos(ωx + φ) dx = (sin(5ω + φ) − sin φ)/ω
        int spectral = 0;
        int cases = 0;
        for (double omega : new double[] {1, 3, 10, 30, 60, 100}) {
            for (double phi : new double[] {0, 0.4, 1.1, Math.PI / 2, 2.5}) {
                IntegrationResult r = Integrator.integrate(x -> Math.cos(omega * x + phi), 0, 5, BATTERY);
                double exact = (Math.sin(5 * omega + phi) - Math.sin(phi)) / omega;
                assertEquals(Status.CONVERGED, r.status(), r::message);
                assertEquals(exact, r.value(), BATTERY_TOLERANCE * Math.abs(exact) + 4 * Math.ulp(1.0), r::message);
                if (omega <= 60) {
                    spectral += r.message().startsWith("Clenshaw–Curtis with") ? 1 : 0;
                    cases++;
                }
            }
        }
        // up to ω = 60 (48 periods) 257 points resolve every phase; ω = 100 goes to Quad after 257 points
        assertEquals(cases, spectral);
    }

    @Test
    void defaultsAreScipysTolerances() {
        IntegrationResult r = Integrator.integrate(x -> x * x, 0, 1);
        assertEquals(1.0 / 3, r.value(), 4 * Math.ulp(1.0 / 3));
        assertEquals(Quad.Options.DEFAULT_TOLERANCE, r.tolerance(), 0.0);   // max(1.49e-8, 1.49e-8 × 1/3)
        assertThrows(InvalidArgumentException.class, () -> Integrator.integrate(Math::sin, 0, 1, null));
    }
}
