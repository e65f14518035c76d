package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.DimensionMismatchException;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

    /** Sums and products of a few O(1) numbers: exact or within an ulp or two. */
    private static final double EXACT = 1e-15;

    @Test
    void broadcastingValuesFollowNumPy() {
        Tensor a = Tensor.of(new int[] {2, 3}, 1, 2, 3, 4, 5, 6);
        Tensor row = Tensor.of(new int[] {3}, 10, 20, 30);
        // tensor_reference.py: np.arange(1, 7).reshape(2, 3) + [10, 20, 30]
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, a.plus(row).values(), EXACT);
        Tensor col = Tensor.of(new int[] {2, 1}, 1, 2);
        Tensor line = Tensor.of(new int[] {1, 3}, 1, 10, 100);
        // outer product by broadcasting: (2,1)·(1,3) → (2,3)
        Tensor outer = col.times(line);
        assertArrayEquals(new int[] {2, 3}, outer.shape());
        assertArrayEquals(new double[] {1, 10, 100, 2, 20, 200}, outer.values(), EXACT);
        assertArrayEquals(new double[] {-1, 0, 1, 2, 3, 4}, a.minus(Tensor.scalar(2)).values(), EXACT);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5, 3}, a.div(2).values(), EXACT);
        assertArrayEquals(new double[] {-1, -2, -3, -4, -5, -6}, a.unaryMinus().values(), EXACT);
        // (4,1,2) with (3,1) → (4,3,2)
        assertArrayEquals(new int[] {4, 3, 2}, random(1, 4, 1, 2).plus(random(2, 3, 1)).shape());
    }

    @Test
    void shapesThatDoNotBroadcastRaiseNumPysMessage() {
        // tensor_reference.py (numpy 1.24): np.ones((2,3)) + np.ones(4) raises
        // "operands could not be broadcast together with shapes (2,3) (4,) " (polya drops the trailing space)
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
                () -> Tensor.ones(2, 3).plus(Tensor.ones(4)));
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,)", e.getMessage());
        DimensionMismatchException e3 = assertThrows(DimensionMismatchException.class,
                () -> Tensor.ones(2, 3).times(Tensor.ones(4, 1, 5)));
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,1,5)", e3.getMessage());
    }

    @Test
    void sameShapeGradients() {
        check(x -> x[0].plus(x[1]), random(1, 2, 3), random(2, 2, 3));
        check(x -> x[0].minus(x[1]), random(1, 2, 3), random(2, 2, 3));
        check(x -> x[0].times(x[1]), random(1, 2, 3), random(2, 2, 3));
        check(x -> x[0].div(x[1]), random(1, 2, 3), random(2, 0.5, 2, 2, 3));
    }

    @Test
    void rowBroadcastGradients() {
        // (2,3) ∘ (3,): the row's gradient is summed over axis 0
        check(x -> x[0].plus(x[1]), random(3, 2, 3), random(4, 3));
        check(x -> x[0].minus(x[1]), random(3, 2, 3), random(4, 3));
        check(x -> x[0].times(x[1]), random(3, 2, 3), random(4, 3));
        check(x -> x[0].div(x[1]), random(3, 2, 3), random(4, 0.5, 2, 3));
        check(x -> x[1].div(x[0]), random(3, 0.5, 2, 2, 3), random(4, 3));
    }

    @Test
    void columnTimesRowGradients() {
        // (2,1) ∘ (1,3) → (2,3): both operands are broadcast
        check(x -> x[0].times(x[1]), random(5, 2, 1), random(6, 1, 3));
        check(x -> x[0].plus(x[1]), random(5, 2, 1), random(6, 1, 3));
        check(x -> x[0].div(x[1]), random(5, 2, 1), random(6, 0.5, 2, 1, 3));
    }

    @Test
    void scalarBroadcastGradients() {
        check(x -> x[0].times(x[1]), random(7, 2, 3), random(8));
        check(x -> x[1].minus(x[0]), random(7, 2, 3), random(8));
        check(x -> x[0].times(x[1]), random(7, 2, 3), Tensor.scalar(1.5));
        check(x -> x[0].times(3).plus(1).minus(2).div(4).unaryMinus(), random(9, 2, 3));
    }

    @Test
    void rankThreeBroadcastGradients() {
        check(x -> x[0].times(x[1]), random(10, 4, 1, 2), random(11, 3, 1));
        check(x -> x[0].plus(x[1]), random(10, 2, 3, 4), random(11, 3, 1));
    }

    @Test
    void gradientOfBroadcastOperandHasItsOwnShape() {
        Tensor a = Tensor.ones(2, 3);
        Tensor b = Tensor.of(new int[] {3}, 1, 2, 3).requiringGrad();
        a.plus(b).sum().backward();
        // ∂/∂bⱼ Σᵢⱼ (aᵢⱼ + bⱼ) = 2 (the number of rows)
        assertArrayEquals(new int[] {3}, b.grad().shape());
        assertArrayEquals(new double[] {2, 2, 2}, b.grad().values(), EXACT);
    }
}
