package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class TensorTest {

    /** Closed forms of a few operations on small integers: exact. */
    private static final double EXACT = 0;
    /** Sample moments of 20 000 normal draws: a few standard errors (1/√20000 ≈ 0.007). */
    private static final double SAMPLE = 0.03;

    @Test
    void factoriesAndConversions() {
        Tensor a = Tensor.of(new int[] {2, 3}, 1, 2, 3, 4, 5, 6);
        assertEquals(2, a.rank());
        assertEquals(6, a.size());
        assertEquals(6, a.get(1, 2), EXACT);
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), a.toMatrix());
        assertEquals(a.toMatrix(), Tensor.fromMatrix(a.toMatrix()).toMatrix());
        assertEquals(Vector.of(1, 2), Tensor.fromVector(Vector.of(1, 2)).toVector());
        assertArrayEquals(new double[] {7, 7}, Tensor.full(7, 2).values(), EXACT);
        assertArrayEquals(new double[] {0, 0, 0}, Tensor.zeros(3).values(), EXACT);
        assertArrayEquals(new double[] {1, 1}, Tensor.ones(1, 2).values(), EXACT);
        assertEquals(4, Tensor.scalar(4).item(), EXACT);
        assertEquals("Tensor(2,3) [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]", a.toString());
        assertThrows(InvalidArgumentException.class, () -> Tensor.of(new int[] {2, 2}, 1, 2, 3));
        assertThrows(InvalidArgumentException.class, () -> Tensor.zeros(2, -1));
        assertThrows(InvalidArgumentException.class, () -> a.get(2, 0));
        assertThrows(DimensionMismatchException.class, a::item);
        assertThrows(DimensionMismatchException.class, a::toVector);
    }

    @Test
    void randnIsSeededWithTheRequestedScale() {
        Tensor w = Tensor.randn(new Rng(42), 0.5, 100, 200);
        assertArrayEquals(w.values(), Tensor.randn(new Rng(42), 0.5, 100, 200).values(), EXACT);
        double mean = w.mean().item();
        double var = w.minus(mean).pow(2).mean().item();
        assertEquals(0, mean, SAMPLE * 0.5);
        assertEquals(0.25, var, SAMPLE * 0.25);
        assertThrows(InvalidArgumentException.class, () -> Tensor.randn(new Rng(1), -1, 2));
    }

    @Test
    void reusedNodeAccumulatesItsGradients() {
        // y = x·x + x: dy/dx = 2x + 1
        Tensor x = Tensor.of(new int[] {3}, -1, 0.5, 2).requiringGrad();
        x.times(x).plus(x).sum().backward();
        assertArrayEquals(new double[] {-1, 2, 5}, x.grad().values(), EXACT);
        // a diamond: u = eˣ feeds both terms of u·u + u/(1 + u), and u/(1 + u) uses u twice
        check(v -> {
            Tensor u = v[0].exp();
            return u.times(u).plus(u.div(u.plus(1)));
        }, random(1, 2, 2));
    }

    @Test
    void leafGradientsAccumulateUntilZeroed() {
        Tensor x = Tensor.of(new int[] {2}, 1, 2).requiringGrad();
        assertArrayEquals(new double[] {0, 0}, x.grad().values(), EXACT);
        Tensor loss = x.times(x).sum();
        loss.backward();
        loss.backward();
        // two passes over the same graph: 2·(2x); intermediate nodes are reset each pass, not doubled again
        assertArrayEquals(new double[] {4, 8}, x.grad().values(), EXACT);
        x.zeroGrad();
        assertArrayEquals(new double[] {0, 0}, x.grad().values(), EXACT);
        loss.backward();
        assertArrayEquals(new double[] {2, 4}, x.grad().values(), EXACT);
    }

    @Test
    void backwardOnANonScalarNeedsASeed() {
        Tensor x = Tensor.ones(2, 3).requiringGrad();
        Tensor y = x.times(2);
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class, y::backward);
        assertTrue(e.getMessage().startsWith("backward: grad can be implicitly created only for scalar outputs;"
                + " this output has shape (2,3) (6 elements)"), e.getMessage());
        // with a seed: the vector–Jacobian product seedᵀ·∂y/∂x = 2·seed
        y.backward(Tensor.of(new int[] {2, 3}, 1, 2, 3, 4, 5, 6));
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, x.grad().values(), EXACT);
        assertThrows(DimensionMismatchException.class, () -> y.backward(Tensor.ones(3)));
    }

    @Test
    void constantsHaveNoGraphAndNoGradient() {
        Tensor c = Tensor.ones(2).plus(Tensor.ones(2));
        assertFalse(c.requiresGrad());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, c::grad);
        assertEquals("grad: this tensor of shape (2,) does not require gradients (make a leaf with requiringGrad())",
                e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> c.sum().backward());
        Tensor x = Tensor.ones(2).requiringGrad();
        Tensor d = x.times(3).detach();
        assertFalse(d.requiresGrad());
        // gradient does not flow through the detached branch: ∂/∂x (x·d) = d = 3
        x.times(d).sum().backward();
        assertArrayEquals(new double[] {3, 3}, x.grad().values(), EXACT);
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        Tensor x = Tensor.scalar(1).requiringGrad();
        Tensor y = x;
        for (int i = 0; i < 20_000; i++) {
            y = y.plus(0.0);
        }
        y.backward();
        assertEquals(1, x.grad().item(), EXACT);
    }
}
