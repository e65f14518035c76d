package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import org.junit.jupiter.api.Test;

class MatMulTest {

    /** Dot products of ≤ 50 terms of size ≤ 4: rounding well below 1e-12. */
    private static final double PRODUCT = 1e-12;

    @Test
    void valuesMatchTheDefinition() {
        // [[1,2],[3,4]]·[[5,6],[7,8]] = [[19,22],[43,50]]
        Tensor a = Tensor.of(new int[] {2, 2}, 1, 2, 3, 4);
        Tensor b = Tensor.of(new int[] {2, 2}, 5, 6, 7, 8);
        assertArrayEquals(new double[] {19, 22, 43, 50}, a.matmul(b).values(), 0);
        // a product large enough for the packed GEMM path (40·50·30 > 32³ multiply–adds), against Matrix
        Tensor x = random(1, 40, 50);
        Tensor y = random(2, 50, 30);
        Matrix expected = x.toMatrix().times(y.toMatrix());
        assertArrayEquals(expected.toRowMajorArray(), x.matmul(y).values(), PRODUCT);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        check(x -> x[0].matmul(x[1]), random(3, 3, 4), random(4, 4, 2));
        check(x -> x[0].matmul(x[1]), random(5, 1, 5), random(6, 5, 1));
        // a layer: relu(x·W + b) — matmul, broadcast add and activation together
        check(x -> x[0].matmul(x[1]).plus(x[2]).tanh(), random(7, 4, 3), random(8, 3, 5), random(9, 5));
        // A·Aᵀ reuses A on both sides
        check(x -> x[0].matmul(x[0].transpose()), random(10, 3, 4));
    }

    @Test
    void closedFormGradientOnThePackedPath() {
        // L = Σ A·B: ∂L/∂A = 1·Bᵀ (row sums of B in every row), ∂L/∂B = Aᵀ·1 (column sums of A in every column)
        Tensor a = random(11, 40, 50).requiringGrad();
        Tensor b = random(12, 50, 30).requiringGrad();
        a.matmul(b).sum().backward();
        Matrix ones = Matrix.ones(40, 30);
        assertArrayEquals(ones.times(b.toMatrix().transpose()).toRowMajorArray(), a.grad().values(), PRODUCT);
        assertArrayEquals(a.toMatrix().transpose().times(ones).toRowMajorArray(), b.grad().values(), PRODUCT);
    }

    @Test
    void constantOperandGetsNoGradient() {
        Tensor x = random(13, 4, 3);
        Tensor w = random(14, 3, 2).requiringGrad();
        x.matmul(w).sum().backward();
        assertThrows(InvalidArgumentException.class, x::grad);
        assertEquals(6, w.grad().size());
    }

    @Test
    void shapeErrorsNameTheDimensions() {
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
                () -> Tensor.ones(3, 2).matmul(Tensor.ones(4, 1)));
        assertEquals("matmul: (3×2)·(4×1): inner dimensions 2 ≠ 4", e.getMessage());
        assertThrows(DimensionMismatchException.class, () -> Tensor.ones(3).matmul(Tensor.ones(3, 1)));
    }
}
