package dev.polya.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class PlanarDatasetsTest {

    /** cos² + sin² = 1 and the moons' closed forms, to a few ulps. */
    private static final double ULPS = 1e-15;

    @Test
    void xorIsTheTruthTable() {
        ClassificationData d = PlanarDatasets.xor();
        assertEquals(Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}), d.points());
        assertArrayEquals(new int[] {0, 1, 1, 0}, d.labels());
        assertEquals(2, d.classes());
        assertEquals(4, d.size());
    }

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        ClassificationData d = PlanarDatasets.twoMoons(101, 0, new Rng(1));
        Matrix p = d.points();
        int[] y = d.labels();
        assertEquals(50, countOf(y, 0));
        assertEquals(51, countOf(y, 1));
        for (int i = 0; i < d.size(); i++) {
            double x0 = p.get(i, 0);
            double x1 = p.get(i, 1);
            if (y[i] == 0) {
                // upper half of the unit circle about (0, 0)
                assertEquals(1, x0 * x0 + x1 * x1, ULPS * 4);
                assertTrue(x1 >= 0);
            } else {
                // lower half of the unit circle about (1, ½)
                assertEquals(1, (x0 - 1) * (x0 - 1) + (x1 - 0.5) * (x1 - 0.5), ULPS * 4);
                assertTrue(x1 <= 0.5 + ULPS);
            }
        }
    }

    @Test
    void generatorsAreSeeded() {
        assertEquals(PlanarDatasets.twoMoons(50, 0.1, new Rng(7)).points(),
                PlanarDatasets.twoMoons(50, 0.1, new Rng(7)).points());
        assertEquals(PlanarDatasets.spirals(60, 1.5, 0.05, new Rng(7)).points(),
                PlanarDatasets.spirals(60, 1.5, 0.05, new Rng(7)).points());
        ClassificationData s = PlanarDatasets.spirals(61, 2, 0, new Rng(3));
        assertEquals(30, countOf(s.labels(), 0));
        // the last point of each noiseless arm is at radius 1, the arms rotated by π from each other
        Matrix p = s.points();
        assertEquals(1, Math.hypot(p.get(29, 0), p.get(29, 1)), ULPS * 4);
        assertEquals(1, Math.hypot(p.get(60, 0), p.get(60, 1)), ULPS * 4);
    }

    @Test
    void badArgumentsAreErrors() {
        assertThrows(InvalidArgumentException.class, () -> PlanarDatasets.twoMoons(1, 0.1, new Rng(1)));
        assertThrows(InvalidArgumentException.class, () -> PlanarDatasets.twoMoons(10, -0.1, new Rng(1)));
        assertThrows(InvalidArgumentException.class, () -> PlanarDatasets.spirals(10, 0, 0.1, new Rng(1)));
        assertThrows(DimensionMismatchException.class,
                () -> new ClassificationData(Matrix.zeros(3, 2), new int[] {0, 1}, 2));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new ClassificationData(Matrix.zeros(2, 2), new int[] {0, 2}, 2));
        assertEquals("ClassificationData: label 2 of point 1 is not a class in [0, 2)", e.getMessage());
    }

    private static int countOf(int[] labels, int c) {
        int n = 0;
        for (int y : labels) {
            if (y == c) {
                n++;
            }
        }
        return n;
    }
}
