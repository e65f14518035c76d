package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;

/**
 * NumPy's broadcasting rules and the shape arithmetic the tensor operations share.
 *
 * <p>Two shapes broadcast when, aligned at their last axes, each pair of lengths is equal or one of them is 1
 * (a missing leading axis counts as 1); the result takes the larger length on every axis. An operand then
 * behaves as if repeated along the axes where it has length 1. In reverse mode the gradient of a broadcast
 * operand is the output gradient <i>summed over the axes it was repeated along</i> ("unbroadcast"), which the
 * index maps below make a single scatter-add: ∂L/∂aⱼ = Σ_{i : map(i) = j} ∂L/∂outᵢ.
 *
 * <p>Cost: an index map is one int per output element, built in O(size · rank) once per operation and reused
 * by its backward pass. Failure mode: shapes that do not broadcast raise NumPy's own message,
 * {@code operands could not be broadcast together with shapes (2,3) (4,)}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16 (vectorized computation); NumPy
 * documentation, "Broadcasting" (numpy.org/doc/stable/user/basics.broadcasting.html).
 */
final class Broadcast {

    private Broadcast() {
    }

    /**
     * The broadcast shape of a and b.
     *
     * @throws DimensionMismatchException with NumPy's wording when an axis has lengths that differ and are not 1
     */
    static int[] shape(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int d = 0; d < rank; d++) {
            int da = d - (rank - a.length);
            int db = d - (rank - b.length);
            int la = da >= 0 ? a[da] : 1;
            int lb = db >= 0 ? b[db] : 1;
            if (la != lb && la != 1 && lb != 1) {
                throw new DimensionMismatchException("operands could not be broadcast together with shapes "
                        + format(a) + " " + format(b));
            }
            out[d] = la == 1 ? lb : la;
        }
        return out;
    }

    /**
     * For each flat (row-major) index of a tensor of shape {@code to}, the flat index of the element of a
     * tensor of shape {@code from} that broadcasting maps to it; null when the shapes are equal (identity).
     */
    static int[] indexMap(int[] from, int[] to) {
        if (java.util.Arrays.equals(from, to)) {
            return null;
        }
        int rank = to.length;
        int offset = rank - from.length;
        // stride of each output axis in `from`: 0 where `from` is broadcast (missing or length 1)
        int[] strides = new int[rank];
        int s = 1;
        for (int d = from.length - 1; d >= 0; d--) {
            strides[d + offset] = from[d] == 1 ? 0 : s;
            s *= from[d];
        }
        int size = size(to);
        int[] map = new int[size];
        if (size == 0) {
            return map;
        }
        int[] index = new int[rank];
        int inner = rank == 0 ? 1 : to[rank - 1];
        int innerStride = rank == 0 ? 0 : strides[rank - 1];
        int base = 0;
        for (int i = 0; i < size; i += inner) {
            for (int j = 0; j < inner; j++) {
                map[i + j] = base + j * innerStride;
            }
            // odometer over the outer axes
            for (int d = rank - 2; d >= 0; d--) {
                index[d]++;
                base += strides[d];
                if (index[d] < to[d]) {
                    break;
                }
                base -= index[d] * strides[d];
                index[d] = 0;
            }
        }
        return map;
    }

    /** ∂L/∂a += unbroadcast(g): the scatter-add of an output gradient through an index map (null = identity). */
    static void accumulate(double[] target, int[] map, double[] g) {
        if (map == null) {
            for (int i = 0; i < g.length; i++) {
                target[i] += g[i];
            }
        } else {
            for (int i = 0; i < g.length; i++) {
                target[map[i]] += g[i];
            }
        }
    }

    /** The number of elements of a shape: the product of its lengths (1 for the scalar shape ()). */
    static int size(int[] shape) {
        long n = 1;
        for (int length : shape) {
            n *= length;
        }
        if (n > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("tensor of shape " + format(shape) + " has " + n
                    + " elements, more than a Java array holds");
        }
        return (int) n;
    }

    /** A shape in NumPy's notation: {@code (2,3)}, {@code (4,)}, {@code ()}. */
    static String format(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            if (d > 0) {
                sb.append(',');
            }
            sb.append(shape[d]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** An axis in [−rank, rank) as NumPy accepts it, normalized to [0, rank). */
    static int axis(String operation, int axis, int[] shape) {
        int rank = shape.length;
        if (axis < -rank || axis >= rank) {
            throw new InvalidArgumentException(operation + ": axis " + axis + " is out of bounds for a tensor of rank "
                    + rank + " (shape " + format(shape) + ")");
        }
        return axis < 0 ? axis + rank : axis;
    }

    /** The product of the lengths before {@code axis}. */
    static int outer(int[] shape, int axis) {
        int n = 1;
        for (int d = 0; d < axis; d++) {
            n *= shape[d];
        }
        return n;
    }

    /** The product of the lengths after {@code axis}. */
    static int inner(int[] shape, int axis) {
        int n = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            n *= shape[d];
        }
        return n;
    }

    /** The shape after reducing {@code axis}: length 1 there with keepDims, the axis removed without. */
    static int[] reduced(int[] shape, int axis, boolean keepDims) {
        if (keepDims) {
            int[] out = shape.clone();
            out[axis] = 1;
            return out;
        }
        int[] out = new int[shape.length - 1];
        for (int d = 0, e = 0; d < shape.length; d++) {
            if (d != axis) {
                out[e++] = shape[d];
            }
        }
        return out;
    }
}
