package dev.polya.probability.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    /** AS 241 is good to about 1e−16; a few ulps of rounding in the rational functions. */
    private static final double RELATIVE = 4e-15;
    /** Φ(Φ⁻¹(p)) = p: the cdf's own error plus the quantile's times the condition number z·φ(z)/Φ(z). */
    private static final double ROUND_TRIP = 1e-13;

    // SciPy 1.10.1 scipy.special.ndtri, from src/test/reference/normal_quantile_reference.py
    private static final double[] P = {1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-12, 1e-08, 1e-05, 0.001, 0.01, 0.025,
        0.05, 0.075, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.75, 0.9, 0.925, 0.95, 0.975, 0.99, 0.999, 0.99999,
        0.99999999, 0.999999999999};
    private static final double[] Z = {-37.0470962993612, -30.20559417957964, -21.273453560965322, -14.933337534788487,
        -9.262340089798409, -7.034483825301131, -5.612001244174789, -4.264890793922825, -3.090232306167813,
        -2.3263478740408408, -1.9599639845400545, -1.6448536269514729, -1.4395314709384563, -1.2815515655446004,
        -0.8416212335729142, -0.5244005127080409, -0.2533471031357997, -0.12566134685507402, 0.0, 0.12566134685507416,
        0.2533471031357997, 0.6744897501960817, 1.2815515655446004, 1.4395314709384563, 1.6448536269514722,
        1.959963984540054, 2.3263478740408408, 3.090232306167813, 4.264890793923841, 5.612001243305505,
        7.0344869100478356};

    @Test
    void matchesScipyNdtriFromTheFarTailToTheCentre() {
        for (int i = 0; i < P.length; i++) {
            assertEquals(Z[i], NormalQuantile.of(P[i]), RELATIVE * Math.abs(Z[i]), "ndtri(" + P[i] + ")");
        }
    }

    @Test
    void invertsTheNormalCdf() {
        for (int e = 1; e <= 300; e += 7) {
            double p = Math.pow(10.0, -e);
            double z = NormalQuantile.of(p);
            assertEquals(p, 0.5 * Erf.erfc(-z / Math.sqrt(2.0)), ROUND_TRIP * p * Math.max(1.0, z * z), "p = " + p);
        }
        for (double p = 0.01; p < 1.0; p += 0.01) {
            double z = NormalQuantile.of(p);
            assertEquals(p, 0.5 * Erf.erfc(-z / Math.sqrt(2.0)), ROUND_TRIP * p, "p = " + p);
        }
    }

    @Test
    void endpointsSymmetryAndErrors() {
        assertEquals(Double.NEGATIVE_INFINITY, NormalQuantile.of(0.0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, NormalQuantile.of(1.0), 0.0);
        assertEquals(0.0, NormalQuantile.of(0.5), 0.0);
        for (double p = 0.001; p < 0.5; p += 0.0173) {
            assertEquals(-NormalQuantile.of(p), NormalQuantile.of(1.0 - p), 1e-15 * Math.abs(NormalQuantile.of(p)) * 8);
        }
        assertTrue(Double.isNaN(NormalQuantile.of(Double.NaN)));
        assertEquals("NormalQuantile: p must be in [0, 1], got 1.5",
                assertThrows(InvalidArgumentException.class, () -> NormalQuantile.of(1.5)).getMessage());
    }
}
