package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class LossesTest {

    /** A few ulps of O(1) values. */
    private static final double ULPS = 1e-15;
    /** Identities over a few exponentials and logs of O(1) values. */
    private static final double IDENTITY = 1e-14;

    @Test
    void softmaxRowsAreProbabilityVectorsEvenForHugeLogits() {
        Tensor x = random(1, 4, 5).times(10);
        Tensor p = x.softmax(1);
        for (int r = 0; r < 4; r++) {
            double s = 0;
            for (int j = 0; j < 5; j++) {
                assertTrue(p.get(r, j) > 0);
                s += p.get(r, j);
            }
            assertEquals(1, s, IDENTITY);
        }
        // softmax([1000, 1000]) = [½, ½] where e¹⁰⁰⁰ overflows; log-softmax([1000, 0, −1000]) = [0, −1000, −2000]
        assertArrayEquals(new double[] {0.5, 0.5}, Tensor.of(new int[] {1, 2}, 1000, 1000).softmax(1).values(), ULPS);
        assertArrayEquals(new double[] {0, -1000, -2000},
                Tensor.of(new int[] {3}, 1000, 0, -1000).logSoftmax(0).values(), ULPS);
        // along axis 0: columns sum to 1
        Tensor q = x.softmax(0).sum(0, false);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, q.values(), IDENTITY);
        assertArrayEquals(x.softmax(1).log().values(), x.logSoftmax(1).values(), IDENTITY);
    }

    @Test
    void crossEntropyIsMinusLogSoftmaxAtTheLabel() {
        // calculus_reference.py (scipy): crossEntropy([[1, 2, 3]], [2]) = 0.4076059644443803,
        // crossEntropy([[2, 1, 0.1], [0.5, 2.5, 0.3]], [0, 1]) = 0.3185397696491856
        assertEquals(0.4076059644443803, Losses.crossEntropy(Tensor.of(new int[] {1, 3}, 1, 2, 3), new int[] {2})
                .item(), ULPS);
        assertEquals(0.3185397696491856, Losses.crossEntropy(Tensor.of(new int[] {2, 3}, 2, 1, 0.1, 0.5, 2.5, 0.3),
                new int[] {0, 1}).item(), ULPS);
        Tensor x = random(2, 5, 4).times(5);
        int[] labels = {3, 0, 1, 1, 2};
        Tensor logP = x.logSoftmax(1);
        double expected = 0;
        for (int r = 0; r < 5; r++) {
            expected -= logP.get(r, labels[r]) / 5;
        }
        assertEquals(expected, Losses.crossEntropy(x, labels).item(), IDENTITY);
        // large logits stay finite: LSE(1000, 999, 0) − 999 = log(1 + e⁻¹) (scipy.special.logsumexp)
        assertEquals(1.3132616875182066, Losses.crossEntropy(Tensor.of(new int[] {1, 3}, 1000, 999, 0),
                new int[] {1}).item(), 1000 * ULPS);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        check(x -> x[0].softmax(1), random(3, 3, 4));
        check(x -> x[0].softmax(0), random(4, 3, 4));
        check(x -> x[0].softmax(1), random(5, 2, 3, 4));
        check(x -> x[0].logSoftmax(-1), random(6, 3, 4));
        check(x -> x[0].logSoftmax(0), random(7, 2, 3, 4));
        check(x -> Losses.crossEntropy(x[0], new int[] {2, 0, 3}), random(8, 3, 4));
        check(x -> Losses.mse(x[0], x[1]), random(9, 3, 2), random(10, 3, 2));
        // cross-entropy of a linear model: the composite the trainer differentiates
        check(x -> Losses.crossEntropy(x[0].matmul(x[1]).plus(x[2]), new int[] {1, 0, 1, 2}),
                random(11, 4, 3), random(12, 3, 3), random(13, 3));
    }

    @Test
    void crossEntropyGradientIsSoftmaxMinusOneHotOverN() {
        Tensor x = random(14, 2, 3).requiringGrad();
        Losses.crossEntropy(x, new int[] {1, 2}).backward();
        Tensor p = x.softmax(1);
        double[] expected = p.values();
        expected[1] -= 1;
        expected[5] -= 1;
        for (int i = 0; i < expected.length; i++) {
            expected[i] /= 2;
        }
        assertArrayEquals(expected, x.grad().values(), IDENTITY);
    }

    @Test
    void mseClosedForm() {
        Tensor p = Tensor.of(new int[] {3}, 1, 2, 3).requiringGrad();
        Tensor t = Tensor.of(new int[] {3}, 1, 0, 6);
        Tensor l = Losses.mse(p, t);
        // (0 + 4 + 9)/3; ∂L/∂p = 2(p − t)/3
        assertEquals(13.0 / 3, l.item(), ULPS);
        l.backward();
        assertArrayEquals(new double[] {0, 4.0 / 3, -2}, p.grad().values(), ULPS);
    }

    @Test
    void badLabelsAndShapesAreErrors() {
        Tensor x = Tensor.zeros(2, 3);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Losses.crossEntropy(x, new int[] {0, 3}));
        assertEquals("crossEntropy: label 3 at row 1 is not a class in [0, 3)", e.getMessage());
        assertThrows(DimensionMismatchException.class, () -> Losses.crossEntropy(x, new int[] {0}));
        assertThrows(DimensionMismatchException.class, () -> Losses.crossEntropy(Tensor.zeros(3), new int[] {0}));
        assertThrows(DimensionMismatchException.class, () -> Losses.mse(Tensor.zeros(3), Tensor.zeros(3, 1)));
    }
}
