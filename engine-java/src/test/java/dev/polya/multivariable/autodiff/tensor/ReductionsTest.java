package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class ReductionsTest {

    /** Sums of a few small integers: exact. */
    private static final double EXACT = 0;
    /** Means of a few O(1) numbers. */
    private static final double ULPS = 1e-15;

    private static final Tensor A = Tensor.of(new int[] {2, 3}, 1, 2, 3, 4, 5, 6);

    @Test
    void valuesAndShapesAlongEachAxis() {
        // tensor_reference.py: a = np.arange(1, 7).reshape(2, 3)
        assertEquals(21, A.sum().item(), EXACT);
        assertArrayEquals(new int[0], A.sum().shape());
        assertArrayEquals(new double[] {5, 7, 9}, A.sum(0, false).values(), EXACT);
        assertArrayEquals(new int[] {3}, A.sum(0, false).shape());
        assertArrayEquals(new int[] {1, 3}, A.sum(0, true).shape());
        assertArrayEquals(new double[] {6, 15}, A.sum(1, false).values(), EXACT);
        assertArrayEquals(new int[] {2, 1}, A.sum(-1, true).shape());
        assertArrayEquals(new double[] {2.5, 3.5, 4.5}, A.mean(0, false).values(), ULPS);
        assertArrayEquals(new double[] {2, 5}, A.mean(1, true).values(), ULPS);
        assertEquals(3.5, A.mean().item(), ULPS);
        assertArrayEquals(new double[] {4, 5, 6}, A.max(0, false).values(), EXACT);
        assertArrayEquals(new double[] {3, 6}, A.max(1, false).values(), EXACT);
        assertEquals(6, A.max().item(), EXACT);
    }

    @Test
    void gradientsAlongEachAxisOfARankThreeTensor() {
        for (int axis = -3; axis < 3; axis++) {
            int ax = axis;
            check(x -> x[0].sum(ax, false), random(1, 2, 3, 4));
            check(x -> x[0].sum(ax, true), random(2, 2, 3, 4));
            check(x -> x[0].mean(ax, false), random(3, 2, 3, 4));
            check(x -> x[0].mean(ax, true), random(4, 2, 3, 4));
            // random values are distinct, so the maximum is smooth
            check(x -> x[0].max(ax, false), random(5, 2, 3, 4));
            check(x -> x[0].max(ax, true), random(6, 2, 3, 4));
        }
        check(x -> x[0].sum(), random(7, 2, 3, 4));
        check(x -> x[0].mean(), random(8, 2, 3, 4));
        check(x -> x[0].max(), random(9, 2, 3, 4));
    }

    @Test
    void keptAxisBroadcastsBackAgainstTheInput() {
        // x − mean(x, axis 1, keepDims): centring rows, a reduction feeding a broadcast and reusing x
        check(x -> x[0].minus(x[0].mean(1, true)), random(10, 3, 4));
        check(x -> x[0].div(x[0].sum(0, true)), random(11, 0.5, 2, 3, 4));
    }

    @Test
    void maxSendsTheGradientToTheFirstOfTiedElements() {
        Tensor x = Tensor.of(new int[] {2, 3}, 1, 7, 7, 5, 5, 2).requiringGrad();
        x.max(1, false).sum().backward();
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0}, x.grad().values(), EXACT);
    }

    @Test
    void badAxesAreErrors() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> A.sum(2, false));
        assertEquals("sum: axis 2 is out of bounds for a tensor of rank 2 (shape (2,3))", e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> A.max(-3, false));
        assertThrows(InvalidArgumentException.class, () -> Tensor.zeros(2, 0).max(1, false));
    }
}
