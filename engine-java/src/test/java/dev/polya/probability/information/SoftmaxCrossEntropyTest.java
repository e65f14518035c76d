package dev.polya.probability.information;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {

    /** Log-sum-exp and softmax are accurate to a few ulps of the larger terms. */
    private static final double TOL = 1e-14;
    /** Central differences with step 1e-6 have error O(h²) plus rounding O(ε/h). */
    private static final double FD_TOL = 1e-8;

    // SciPy 1.10.1 scipy.special.log_softmax and softmax, from src/test/reference/cross_entropy_reference.py
    private static final double[] LOGITS = {2.0, -1.0, 0.5, 3.25};
    private static final double LOSS_LABEL_3 = 0.31093234681806636;
    private static final double LOSS_LABEL_1 = 4.560932346818066;
    private static final double[] TARGET = {0.1, 0.2, 0.3, 0.4};
    private static final double LOSS_TARGET = 2.1109323468180667;
    private static final double[] GRADIENT_LABEL_3 = {0.20994024280759502, 0.01045230922182769, 0.046843999999258916,
        -0.2672365520286817};
    private static final double[] GRADIENT_TARGET = {0.10994024280759501, -0.18954769077817232, -0.25315600000074107,
        0.3327634479713183};
    private static final double[] BIG_LOGITS = {1000.0, 1001.0, 999.0};
    private static final double BIG_LOSS_LABEL_0 = 1.4076059644443804;
    private static final double BATCH_LOSS = 2.8417544203305827;

    @Test
    void lossMatchesSciPyLogSoftmax() {
        assertEquals(LOSS_LABEL_3, SoftmaxCrossEntropy.loss(LOGITS, 3), TOL);
        assertEquals(LOSS_LABEL_1, SoftmaxCrossEntropy.loss(Vector.of(LOGITS), 1), TOL);
        assertEquals(LOSS_TARGET, SoftmaxCrossEntropy.loss(LOGITS, TARGET), TOL);
        assertEquals(LOSS_TARGET, SoftmaxCrossEntropy.loss(Vector.of(LOGITS), Vector.of(TARGET)), TOL);
        assertEquals(LOSS_LABEL_3, SoftmaxCrossEntropy.loss(LOGITS, new double[] {0, 0, 0, 1}), TOL);
    }

    @Test
    void largeLogitsDoNotOverflow() {
        assertEquals(BIG_LOSS_LABEL_0, SoftmaxCrossEntropy.loss(BIG_LOGITS, 0), TOL);
        assertEquals(0.0, SoftmaxCrossEntropy.loss(new double[] {800, -800}, 0), 0.0);
    }

    @Test
    void batchLossIsTheMeanOverRows() {
        Matrix batch = Matrix.of(new double[][] {{1, 2, 3}, {0, 0, 0}, {-2, 5, 1}});
        assertEquals(BATCH_LOSS, SoftmaxCrossEntropy.loss(batch, new int[] {2, 1, 0}), TOL);
        Matrix oneHot = Matrix.of(new double[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}});
        assertEquals(BATCH_LOSS, SoftmaxCrossEntropy.loss(batch, oneHot), TOL);
    }

    @Test
    void gradientIsSoftmaxMinusTargetAndMatchesCentralDifferences() {
        assertArrayEquals(GRADIENT_LABEL_3, SoftmaxCrossEntropy.gradient(LOGITS, 3).toArray(), TOL);
        assertArrayEquals(GRADIENT_TARGET, SoftmaxCrossEntropy.gradient(Vector.of(LOGITS), Vector.of(TARGET))
                .toArray(), TOL);
        assertArrayEquals(GRADIENT_LABEL_3, SoftmaxCrossEntropy.gradient(Vector.of(LOGITS), 3).toArray(), TOL);
        double h = 1e-6;
        double[] g = SoftmaxCrossEntropy.gradient(LOGITS, TARGET).toArray();
        for (int i = 0; i < LOGITS.length; i++) {
            double[] up = LOGITS.clone();
            double[] down = LOGITS.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (SoftmaxCrossEntropy.loss(up, TARGET) - SoftmaxCrossEntropy.loss(down, TARGET)) / (2 * h);
            assertEquals(fd, g[i], FD_TOL, "logit " + i);
        }
    }

    @Test
    void lossIsAtLeastTheTargetEntropy() {
        // H(t, q) = H(t) + KL(t ‖ q) ≥ H(t)
        assertEquals(Entropy.entropy(TARGET) + Entropy.kl(TARGET,
                dev.polya.calculus.Softmax.of(LOGITS)), SoftmaxCrossEntropy.loss(LOGITS, TARGET), TOL);
    }

    @Test
    void invalidInputsAreNamed() {
        assertEquals("softmax cross-entropy: label 4 is out of range 0 until 4",
                assertThrows(InvalidArgumentException.class, () -> SoftmaxCrossEntropy.loss(LOGITS, 4)).getMessage());
        assertEquals("softmax cross-entropy: logit 1 is NaN", assertThrows(NonFiniteValueException.class,
                () -> SoftmaxCrossEntropy.loss(new double[] {0, Double.NaN}, 0)).getMessage());
        assertEquals("softmax cross-entropy: 4 logits but the target has 2 entries",
                assertThrows(DimensionMismatchException.class,
                        () -> SoftmaxCrossEntropy.loss(LOGITS, new double[] {0.5, 0.5})).getMessage());
        assertThrows(InvalidArgumentException.class,
                () -> SoftmaxCrossEntropy.loss(LOGITS, new double[] {0.5, 0.5, 0.5, 0}));
        assertEquals("softmax cross-entropy: label 3 of row 1 is out of range 0 until 3",
                assertThrows(InvalidArgumentException.class, () -> SoftmaxCrossEntropy.loss(
                        Matrix.of(new double[][] {{1, 2, 3}, {0, 0, 0}}), new int[] {0, 3})).getMessage());
        assertThrows(DimensionMismatchException.class,
                () -> SoftmaxCrossEntropy.loss(Matrix.of(new double[][] {{1, 2}}), new int[] {0, 1}));
        assertThrows(InvalidArgumentException.class, () -> SoftmaxCrossEntropy.loss(new double[0], 0));
    }
}
