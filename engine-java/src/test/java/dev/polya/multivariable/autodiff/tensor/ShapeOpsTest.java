package dev.polya.multivariable.autodiff.tensor;

import static dev.polya.multivariable.autodiff.tensor.GradientCheck.check;
import static dev.polya.multivariable.autodiff.tensor.GradientCheck.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class ShapeOpsTest {

    private static final Tensor A = Tensor.of(new int[] {2, 3}, 1, 2, 3, 4, 5, 6);

    @Test
    void reshapeKeepsRowMajorOrderAndInfersOneLength() {
        Tensor r = A.reshape(3, -1);
        assertArrayEquals(new int[] {3, 2}, r.shape());
        assertArrayEquals(A.values(), r.values());
        assertArrayEquals(new int[] {6}, A.reshape(-1).shape());
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class, () -> A.reshape(4, 2));
        // tensor_reference.py: "cannot reshape array of size 6 into shape (4,2)"
        assertEquals("cannot reshape array of size 6 into shape (4,2)", e.getMessage());
        assertThrows(DimensionMismatchException.class, () -> A.reshape(4, -1));
        assertThrows(InvalidArgumentException.class, () -> A.reshape(-1, -1));
        check(x -> x[0].reshape(3, 2).times(Tensor.of(new int[] {2}, 1, -2)), random(1, 2, 3));
    }

    @Test
    void transposeAndPermute() {
        // tensor_reference.py: a.T
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, A.transpose().values());
        assertArrayEquals(new int[] {3, 2}, A.transpose().shape());
        Tensor t = random(2, 2, 3, 4);
        Tensor p = t.transpose(2, 0, 1);
        assertArrayEquals(new int[] {4, 2, 3}, p.shape());
        // p[k, i, j] = t[i, j, k]
        assertEquals(t.get(1, 2, 3), p.get(3, 1, 2));
        assertEquals(t.get(0, 1, 2), p.get(2, 0, 1));
        assertArrayEquals(t.values(), p.transpose(1, 2, 0).values());
        check(x -> x[0].transpose(), random(3, 2, 3));
        check(x -> x[0].transpose(1, 2, 0), random(4, 2, 3, 4));
        assertThrows(InvalidArgumentException.class, () -> t.transpose(0, 0, 1));
        assertThrows(DimensionMismatchException.class, () -> t.transpose(0, 1));
        assertThrows(DimensionMismatchException.class, t::transpose);
    }

    @Test
    void slicesAlongEachAxis() {
        // tensor_reference.py: a[:, 1:3] and a[1:2]
        assertArrayEquals(new double[] {2, 3, 5, 6}, A.slice(1, 1, 3).values());
        assertArrayEquals(new int[] {2, 2}, A.slice(1, 1, 3).shape());
        assertArrayEquals(new double[] {4, 5, 6}, A.slice(0, 1, 2).values());
        for (int axis = 0; axis < 3; axis++) {
            int ax = axis;
            check(x -> x[0].slice(ax, 1, 2), random(5, 2, 3, 4));
        }
        // two overlapping slices of the same tensor: gradients add where they overlap
        check(x -> x[0].slice(1, 0, 3).times(x[0].slice(1, 1, 4)), random(6, 2, 4));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> A.slice(1, 2, 4));
        assertEquals("slice: range [2, 4) is not within [0, 3] on axis 1 of shape (2,3)", e.getMessage());
    }
}
