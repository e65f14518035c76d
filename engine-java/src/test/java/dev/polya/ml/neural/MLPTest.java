package dev.polya.ml.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.multivariable.autodiff.tensor.Losses;
import dev.polya.multivariable.autodiff.tensor.Tensor;
import dev.polya.probability.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class MLPTest {

    /** Central differences with h = 1e-5 on O(1) losses. */
    private static final double STEP = 1e-5;
    private static final double FD_TOLERANCE = 1e-7;
    /** Relative error of a sample variance of ≥ 600 normal draws: about 3 standard errors (√(2/600) ≈ 0.06). */
    private static final double SAMPLE_VARIANCE = 0.15;

    @Test
    void networkGradientMatchesCentralDifferences() {
        for (Activation activation : Activation.values()) {
            MLP mlp = new MLP(new int[] {3, 5, 4, 3}, activation, new Rng(11));
            // biases start at 0; a sample whose hidden ReLUs are all off would then put the next pre-activation
            // exactly on ReLU's kink, where central differences see ½ and AD the subgradient 0
            for (Linear layer : mlp.layers()) {
                double[] b = layer.bias().storage();
                for (int i = 0; i < b.length; i++) {
                    b[i] = 0.1 * (i + 1);
                }
            }
            Tensor x = Tensor.randn(new Rng(12), 1, 6, 3);
            int[] y = {0, 2, 1, 1, 0, 2};
            Losses.crossEntropy(mlp.forward(x), y).backward();
            for (Tensor p : mlp.parameters()) {
                double[] w = p.storage();
                double[] g = p.grad().values();
                for (int i = 0; i < w.length; i++) {
                    double wi = w[i];
                    w[i] = wi + STEP;
                    double up = Losses.crossEntropy(mlp.forward(x), y).item();
                    w[i] = wi - STEP;
                    double down = Losses.crossEntropy(mlp.forward(x), y).item();
                    w[i] = wi;
                    double fd = (up - down) / (2 * STEP);
                    assertEquals(fd, g[i], FD_TOLERANCE, activation + " parameter element " + i);
                }
            }
        }
    }

    @Test
    void structureAndInitialization() {
        MLP mlp = new MLP(new int[] {2, 300, 3}, Activation.RELU, new Rng(1));
        List<Tensor> p = mlp.parameters();
        assertEquals(4, p.size());
        assertEquals(2 * 300, p.get(0).size());
        assertEquals(300, p.get(1).size());
        // He: std √(2/2) = 1 for the first layer; Xavier √(2/303) for the logits layer
        double var0 = p.get(0).pow(2).mean().item();
        assertEquals(1.0, var0, SAMPLE_VARIANCE);
        double var1 = p.get(2).pow(2).mean().item();
        assertEquals(2.0 / 303, var1, SAMPLE_VARIANCE * 2.0 / 303);
        assertEquals(0, p.get(1).abs().sum().item());
        int[] classes = mlp.predict(Matrix.of(new double[][] {{0, 0}, {1, -1}}));
        assertEquals(2, classes.length);
    }

    @Test
    void badShapesAreErrors() {
        assertThrows(InvalidArgumentException.class, () -> new MLP(new int[] {2}, Activation.RELU, new Rng(1)));
        assertThrows(InvalidArgumentException.class, () -> new MLP(new int[] {2, 0, 2}, Activation.RELU, new Rng(1)));
        MLP mlp = new MLP(new int[] {2, 3, 2}, Activation.RELU, new Rng(1));
        assertThrows(DimensionMismatchException.class, () -> mlp.forward(Tensor.ones(4, 3)));
        assertThrows(DimensionMismatchException.class, () -> mlp.predict(Matrix.zeros(4, 3)));
        assertThrows(DimensionMismatchException.class, () -> mlp.accuracy(Matrix.zeros(4, 2), new int[] {0}));
    }
}
