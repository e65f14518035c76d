package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import java.util.Arrays;

/**
 * Operations that move elements without changing them — reshape, axis permutation (transpose) and slicing —
 * and their reverse-mode rules, which move the gradient back: reshape reshapes it, a permutation applies the
 * inverse permutation, a slice scatters it into zeros of the full shape.
 *
 * <p>All three copy (storage stays contiguous). Cost: one pass over the result each way. Failure modes: a
 * reshape to a different size, a permutation that is not one of the axes, a slice outside the axis.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16 (tensors and their shapes); NumPy
 * documentation, {@code numpy.reshape}, {@code numpy.transpose} and basic slicing.
 */
final class ShapeOps {

    private ShapeOps() {
    }

    /** The same values in a new shape; at most one length may be −1 and is then inferred. */
    static Tensor reshape(Tensor x, int... newShape) {
        int[] s = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int d = 0; d < s.length; d++) {
            if (s[d] == -1 && unknown < 0) {
                unknown = d;
            } else if (s[d] < 0) {
                throw new InvalidArgumentException("reshape: invalid length " + s[d] + " in " + Arrays.toString(s)
                        + " (only one −1 is allowed)");
            } else {
                known *= s[d];
            }
        }
        if (unknown >= 0 && known != 0 && x.size() % known == 0) {
            s[unknown] = (int) (x.size() / known);
        }
        if (unknown >= 0 && s[unknown] == -1 || Broadcast.size(s) != x.size()) {
            throw new DimensionMismatchException("cannot reshape array of size " + x.size() + " into shape "
                    + Broadcast.format(newShape));
        }
        return Tensor.result(x.data.clone(), s, g -> Broadcast.accumulate(x.gradArray(), null, g), x);
    }

    /** Result axis d is x's axis perm[d]. */
    static Tensor permute(Tensor x, int... perm) {
        int rank = x.rank();
        if (perm.length != rank) {
            throw new DimensionMismatchException("transpose: axes " + Arrays.toString(perm)
                    + " don't match a tensor of shape " + Broadcast.format(x.shape));
        }
        boolean[] seen = new boolean[rank];
        int[] axes = new int[rank];
        int[] shape = new int[rank];
        for (int d = 0; d < rank; d++) {
            int a = Broadcast.axis("transpose", perm[d], x.shape);
            if (seen[a]) {
                throw new InvalidArgumentException("transpose: repeated axis " + perm[d] + " in "
                        + Arrays.toString(perm));
            }
            seen[a] = true;
            axes[d] = a;
            shape[d] = x.shape[a];
        }
        int[] strides = new int[rank];
        for (int d = rank - 1, s = 1; d >= 0; d--) {
            strides[d] = s;
            s *= x.shape[d];
        }
        // source offset of each result element, by an odometer over the result's multi-index
        int n = x.size();
        int[] source = new int[n];
        int[] index = new int[rank];
        int offset = 0;
        for (int j = 0; j < n; j++) {
            source[j] = offset;
            for (int d = rank - 1; d >= 0; d--) {
                int a = axes[d];
                index[d]++;
                offset += strides[a];
                if (index[d] < shape[d]) {
                    break;
                }
                offset -= index[d] * strides[a];
                index[d] = 0;
            }
        }
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            z[j] = x.data[source[j]];
        }
        return Tensor.result(z, shape, g -> {
            double[] gx = x.gradArray();
            for (int j = 0; j < g.length; j++) {
                gx[source[j]] += g[j];
            }
        }, x);
    }

    /** Indices from ≤ k &lt; to along an axis. */
    static Tensor slice(Tensor x, int axis, int from, int to) {
        int ax = Broadcast.axis("slice", axis, x.shape);
        int n = x.shape[ax];
        if (from < 0 || to > n || from > to) {
            throw new InvalidArgumentException("slice: range [" + from + ", " + to + ") is not within [0, " + n
                    + "] on axis " + ax + " of shape " + Broadcast.format(x.shape));
        }
        int outer = Broadcast.outer(x.shape, ax);
        int inner = Broadcast.inner(x.shape, ax);
        int width = (to - from) * inner;
        int[] shape = x.shape.clone();
        shape[ax] = to - from;
        double[] z = new double[outer * width];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x.data, (o * n + from) * inner, z, o * width, width);
        }
        return Tensor.result(z, shape, g -> {
            double[] gx = x.gradArray();
            for (int o = 0; o < outer; o++) {
                int base = (o * n + from) * inner;
                for (int j = 0; j < width; j++) {
                    gx[base + j] += g[o * width + j];
                }
            }
        }, x);
    }
}
