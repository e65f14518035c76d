package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ElementwiseTest {

    /** A few ulps of O(1) values. */
    private static final double ULPS = 1e-15;

    @Test
    void gradientsMatchCentralDifferences() {
        check(x -> x[0].exp(), random(1, 2, 3));
        check(x -> x[0].log(), random(2, 0.2, 3, 2, 3));
        check(x -> x[0].sqrt(), random(3, 0.2, 3, 2, 3));
        check(x -> x[0].pow(3), random(4, 2, 3));
        check(x -> x[0].pow(-1.5), random(5, 0.5, 2, 2, 3));
        check(x -> x[0].pow(0), random(5, 0.5, 2, 2, 3));
        check(x -> x[0].sigmoid(), random(6, 2, 3));
        check(x -> x[0].tanh(), random(7, 2, 3));
        // relu and abs are smooth away from 0; random values in [−2, 2) are at least 1e-3 from it
        check(x -> x[0].relu(), random(8, 3, 4));
        check(x -> x[0].abs(), random(9, 3, 4));
    }

    @Test
    void closedFormsAndKinks() {
        Tensor x = Tensor.of(new int[] {4}, -1, 0, 2, 800).requiringGrad();
        assertArrayEquals(new double[] {0, 0, 2, 800}, x.relu().values());
        // σ(800) = 1 and σ(−800) = e⁻⁸⁰⁰ ≈ 0 without overflow; σ(0) = ½
        assertEquals(0.5, x.sigmoid().get(1), ULPS);
        assertEquals(1.0, x.sigmoid().get(3), ULPS);
        assertEquals(0.0, x.unaryMinus().sigmoid().get(3), ULPS);
        assertEquals(1 / (1 + Math.E), x.sigmoid().get(0), ULPS);
        // at the kink, relu′(0) = 0 and abs′(0) = 0 (the subgradients PyTorch picks)
        x.relu().plus(x.abs()).sum().backward();
        assertArrayEquals(new double[] {-1, 0, 2, 2}, x.grad().values(), ULPS);
    }

    @Test
    void compositionIsTheChainRule() {
        // d/dx tanh(e^x)² = 2 tanh(e^x) (1 − tanh²(e^x)) e^x at x = 0.3
        double x0 = 0.3;
        Tensor x = Tensor.of(new int[] {1}, x0).requiringGrad();
        x.exp().tanh().pow(2).sum().backward();
        double t = Math.tanh(Math.exp(x0));
        assertEquals(2 * t * (1 - t * t) * Math.exp(x0), x.grad().get(0), ULPS);
        check(v -> v[0].exp().tanh().pow(2).times(v[0].sigmoid()), random(10, 2, 2));
    }
}
