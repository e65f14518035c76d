package dev.polya.probability.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalleyInversionTest {

    /** Roots of closed-form tails: a few ulps. */
    private static final double RELATIVE = 1e-15;
    /** From a start 1% off, Halley's cubic convergence needs three evaluations; one more of slack. */
    private static final int MAX_EVALUATIONS = 4;

    private int evaluations;

    /** The exponential cdf 1 − e^(−x): density e^(−x), (ln density)′ = −1. */
    private double exponentialCdf(double x, double[] out) {
        evaluations++;
        out[0] = Math.exp(-x);
        out[1] = -1.0;
        return -Math.expm1(-x);
    }

    @Test
    void invertsTheExponentialCdfInAFewSteps() {
        for (double p : new double[] {1e-300, 1e-12, 1e-3, 0.1, 0.5}) {
            double root = -Math.log1p(-p);
            evaluations = 0;
            double x = HalleyInversion.solve("exponential cdf", this::exponentialCdf, p, true, 1.01 * root, 0.0,
                    Double.POSITIVE_INFINITY);
            assertEquals(root, x, RELATIVE * root, "p = " + p);
            assertTrue(evaluations <= MAX_EVALUATIONS, evaluations + " evaluations for p = " + p);
        }
    }

    @Test
    void invertsADecreasingTailFromAFarStartThroughTheBracket() {
        // the exponential survival e^(−x) = q from a start a factor 1000 off: bisection and capped steps recover
        double q = 1e-8;
        double root = -Math.log(q);
        double x = HalleyInversion.solve("exponential survival", (t, out) -> {
            out[0] = Math.exp(-t);
            out[1] = -1.0;
            return Math.exp(-t);
        }, q, false, root * 1000, 0.0, Double.POSITIVE_INFINITY);
        assertEquals(root, x, RELATIVE * root);
    }

    @Test
    void nearAFiniteEndTheDistanceToTheEndIsAccurate() {
        // v(x) = (1 − x)^20, the survival of Beta(1, 20), = 1e−100 at 1 − x = 1e−5: 1 − x must be right to
        // the doubles' resolution next to 1 (1.1e−16 absolute, 1.1e−11 relative to 1e−5)
        double b = 20;
        double q = 1e-100;
        double x = HalleyInversion.solve("beta survival", (t, out) -> {
            double y = 1.0 - t;
            out[0] = b * Math.pow(y, b - 1);
            out[1] = -(b - 1) / y;
            return Math.pow(y, b);
        }, q, false, 0.9, 0.0, 1.0);
        assertEquals(1e-5, 1.0 - x, 2 * Math.ulp(1.0));
    }
}
