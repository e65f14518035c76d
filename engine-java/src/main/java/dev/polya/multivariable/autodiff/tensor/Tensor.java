package dev.polya.multivariable.autodiff.tensor;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * An n-dimensional array of doubles that records the operations computing it, so that
 * {@link #backward()} can run reverse-mode automatic differentiation through them (chapter 17).
 *
 * <p>Storage is contiguous and row-major: element (i₀, …, iᵣ₋₁) of shape (n₀, …, nᵣ₋₁) sits at
 * Σ_d i_d · Π_{e>d} n_e. Operations allocate their result (transpose and slicing copy); values are not
 * changed by any operation, only by an optimizer writing {@link #storage()} in place. A tensor created by
 * an operation on tensors that {@linkplain #requiresGrad() require gradients} is a node of the computational
 * graph: it keeps its parents and a closure that turns ∂L/∂(this) into contributions to ∂L/∂(parent).
 * {@code backward()} on a scalar L orders the graph topologically and applies the chain rule from L back to
 * the leaves, ∂L/∂x = Σ_{children c} (∂c/∂x)ᵀ ∂L/∂c; a tensor used twice (y = x·x + x) receives the sum of
 * its contributions. Operations on tensors that need no gradient record nothing (evaluation costs no graph).
 *
 * <p>Binary operations follow NumPy's broadcasting rules ({@code Broadcast}); operations are named after
 * Kotlin's operators ({@code plus}, {@code minus}, {@code times}, {@code div}, {@code unaryMinus}) so that the
 * DSL writes {@code x.matmul(w) + b}. Operation families live beside this class: {@code Arithmetic},
 * {@code Elementwise}, {@code Reductions}, {@code ShapeOps}, {@code MatMul}, {@link Losses}; the backward pass
 * itself is {@code Backpropagation}.
 *
 * <p>Gradient state: a leaf that requires gradients starts at zero; each {@code backward()} <i>adds</i> into
 * the leaves' gradients (call {@link #zeroGrad()} between steps) while intermediate nodes are reset on each
 * pass. Not thread-safe.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapters 16–17 (computational graphs,
 * backpropagation); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.5; A. Karpathy, micrograd
 * (github.com/karpathy/micrograd), whose scalar {@code Value} this generalizes to arrays.
 */
public final class Tensor {

    /** The chain rule of one operation: adds (∂out/∂parent)ᵀ · g into each parent's gradient. */
    @FunctionalInterface
    interface Backward {
        void propagate(double[] g);
    }

    private static final Tensor[] NO_PARENTS = {};

    final double[] data;
    final int[] shape;
    private final boolean requiresGrad;
    final Tensor[] parents;
    final Backward backward;
    double[] grad;

    private Tensor(double[] data, int[] shape, boolean requiresGrad, Tensor[] parents, Backward backward) {
        this.data = data;
        this.shape = shape;
        this.requiresGrad = requiresGrad;
        this.parents = parents;
        this.backward = backward;
    }

    /** The result of an operation: a graph node when some parent requires gradients, else a constant. */
    static Tensor result(double[] data, int[] shape, Backward backward, Tensor... parents) {
        for (Tensor p : parents) {
            if (p.requiresGrad) {
                return new Tensor(data, shape, true, parents, backward);
            }
        }
        return new Tensor(data, shape, false, NO_PARENTS, null);
    }

    // ---- factories ---------------------------------------------------------------------------------------

    /**
     * A constant tensor with the given shape and row-major values (copied).
     *
     * @param shape  the length of each axis, ≥ 0 (an empty shape is a scalar)
     * @param values Π shape values, row after row
     * @return the tensor
     * @throws InvalidArgumentException for a negative length or a value count that differs from the shape's size
     */
    public static Tensor of(int[] shape, double... values) {
        int[] s = checkShape("of", shape);
        if (values.length != Broadcast.size(s)) {
            throw new InvalidArgumentException("of: shape " + Broadcast.format(s) + " holds " + Broadcast.size(s)
                    + " values, got " + values.length);
        }
        return new Tensor(values.clone(), s, false, NO_PARENTS, null);
    }

    /**
     * @param value the value
     * @return a constant of shape ()
     */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0], false, NO_PARENTS, null);
    }

    /**
     * @param shape the length of each axis
     * @return a constant tensor of zeros
     */
    public static Tensor zeros(int... shape) {
        return full(0.0, shape);
    }

    /**
     * @param shape the length of each axis
     * @return a constant tensor of ones
     */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /**
     * @param value the value of every element
     * @param shape the length of each axis
     * @return a constant tensor
     */
    public static Tensor full(double value, int... shape) {
        int[] s = checkShape("full", shape);
        double[] d = new double[Broadcast.size(s)];
        Arrays.fill(d, value);
        return new Tensor(d, s, false, NO_PARENTS, null);
    }

    /**
     * @param m a matrix
     * @return the matrix as a constant 2-D tensor of shape (rows, cols)
     */
    public static Tensor fromMatrix(Matrix m) {
        return new Tensor(m.toRowMajorArray(), new int[] {m.rows(), m.cols()}, false, NO_PARENTS, null);
    }

    /**
     * @param v a vector
     * @return the vector as a constant 1-D tensor of shape (n,)
     */
    public static Tensor fromVector(Vector v) {
        return new Tensor(v.toArray(), new int[] {v.size()}, false, NO_PARENTS, null);
    }

    /**
     * Independent standard normal entries scaled by {@code std}: N(0, std²), drawn from {@code random} in
     * row-major order (He initialization is std = √(2/fan-in), Xavier std = √(2/(fan-in + fan-out))).
     *
     * @param random the seeded stream
     * @param std    the standard deviation, finite and ≥ 0
     * @param shape  the length of each axis
     * @return a constant tensor of normal draws
     */
    public static Tensor randn(RandomGenerator random, double std, int... shape) {
        int[] s = checkShape("randn", shape);
        if (!(std >= 0) || Double.isInfinite(std)) {
            throw new InvalidArgumentException("randn: standard deviation must be finite and ≥ 0, was " + std);
        }
        double[] d = new double[Broadcast.size(s)];
        for (int i = 0; i < d.length; i++) {
            d[i] = std * random.nextGaussian();
        }
        return new Tensor(d, s, false, NO_PARENTS, null);
    }

    /**
     * A leaf with the same values (copied) that requires gradients: a parameter or an input to differentiate
     * with respect to.
     *
     * @return a new leaf that requires gradients
     */
    public Tensor requiringGrad() {
        return new Tensor(data.clone(), shape, true, NO_PARENTS, null);
    }

    /**
     * @return a constant with the same values (copied), cut from the graph: gradients do not flow through it
     */
    public Tensor detach() {
        return new Tensor(data.clone(), shape, false, NO_PARENTS, null);
    }

    private static int[] checkShape(String operation, int[] shape) {
        for (int length : shape) {
            if (length < 0) {
                throw new InvalidArgumentException(operation + ": negative length " + length + " in shape "
                        + Arrays.toString(shape));
            }
        }
        return shape.clone();
    }

    // ---- accessors ---------------------------------------------------------------------------------------

    /** @return the shape (a copy) */
    public int[] shape() {
        return shape.clone();
    }

    /** @return the number of axes */
    public int rank() {
        return shape.length;
    }

    /** @return the number of elements, Π shape */
    public int size() {
        return data.length;
    }

    /** @return whether gradients flow to this tensor */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** @return the row-major values (a copy) */
    public double[] values() {
        return data.clone();
    }

    /**
     * The live row-major storage, for kernels and optimizers that update parameters in place (the fast
     * tier). Writing it between a forward and a backward pass invalidates that pass.
     *
     * @return the storage itself, not a copy
     */
    public double[] storage() {
        return data;
    }

    /**
     * @param index one index per axis
     * @return the element at that multi-index
     * @throws InvalidArgumentException for a wrong number of indices or an index out of range
     */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new InvalidArgumentException("get: " + index.length + " indices for a tensor of shape "
                    + Broadcast.format(shape));
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new InvalidArgumentException("get: index " + index[d] + " out of range [0, " + shape[d]
                        + ") on axis " + d + " of shape " + Broadcast.format(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data[flat];
    }

    /**
     * @return the value of a one-element tensor (a loss)
     * @throws DimensionMismatchException when the tensor has more or fewer elements
     */
    public double item() {
        if (data.length != 1) {
            throw new DimensionMismatchException("item: tensor of shape " + Broadcast.format(shape) + " has "
                    + data.length + " elements, not 1");
        }
        return data[0];
    }

    /**
     * @return this 2-D tensor as a matrix
     * @throws DimensionMismatchException when the tensor is not 2-D
     */
    public Matrix toMatrix() {
        if (shape.length != 2) {
            throw new DimensionMismatchException("toMatrix: tensor of shape " + Broadcast.format(shape)
                    + " is not 2-D");
        }
        return Matrix.of(shape[0], shape[1], data.clone());
    }

    /**
     * @return this 1-D tensor as a vector
     * @throws DimensionMismatchException when the tensor is not 1-D
     */
    public Vector toVector() {
        if (shape.length != 1) {
            throw new DimensionMismatchException("toVector: tensor of shape " + Broadcast.format(shape)
                    + " is not 1-D");
        }
        return Vector.of(data.clone());
    }

    // ---- gradients ---------------------------------------------------------------------------------------

    /**
     * ∂L/∂(this) accumulated by the backward passes so far, as a constant tensor of this shape (zeros before
     * the first pass or after {@link #zeroGrad()}).
     *
     * @return a copy of the gradient
     * @throws InvalidArgumentException when this tensor does not require gradients
     */
    public Tensor grad() {
        requireGrad("grad");
        double[] g = grad == null ? new double[data.length] : grad.clone();
        return new Tensor(g, shape, false, NO_PARENTS, null);
    }

    /**
     * The live gradient storage (allocated at zero on first use), for optimizers:
     * {@code updater.update(storage(), gradStorage())}.
     *
     * @return the gradient storage itself, not a copy
     * @throws InvalidArgumentException when this tensor does not require gradients
     */
    public double[] gradStorage() {
        requireGrad("gradStorage");
        return gradArray();
    }

    /** Resets the accumulated gradient to zero. */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0.0);
        }
    }

    double[] gradArray() {
        if (grad == null) {
            grad = new double[data.length];
        }
        return grad;
    }

    private void requireGrad(String operation) {
        if (!requiresGrad) {
            throw new InvalidArgumentException(operation + ": this tensor of shape " + Broadcast.format(shape)
                    + " does not require gradients (make a leaf with requiringGrad())");
        }
    }

    /**
     * Reverse-mode differentiation of this scalar L: adds ∂L/∂x into the gradient of every leaf x that
     * requires gradients. Cost: about twice the forward pass, one gradient array per node.
     *
     * @throws DimensionMismatchException when this tensor has more than one element (pass a seed gradient)
     * @throws InvalidArgumentException   when nothing in the graph requires gradients
     */
    public void backward() {
        if (data.length != 1) {
            throw new DimensionMismatchException("backward: grad can be implicitly created only for scalar outputs;"
                    + " this output has shape " + Broadcast.format(shape) + " (" + data.length
                    + " elements) — call backward(seed) with a seed gradient of that shape");
        }
        backward(Tensor.full(1.0, shape));
    }

    /**
     * Vector–Jacobian product: adds seedᵀ · ∂(this)/∂x into the gradient of every leaf x.
     *
     * @param seed ∂L/∂(this), of this tensor's shape
     * @throws DimensionMismatchException when the seed's shape differs from this tensor's
     * @throws InvalidArgumentException   when nothing in the graph requires gradients
     */
    public void backward(Tensor seed) {
        requireGrad("backward");
        if (!Arrays.equals(seed.shape, shape)) {
            throw new DimensionMismatchException("backward: seed gradient of shape " + Broadcast.format(seed.shape)
                    + " for an output of shape " + Broadcast.format(shape));
        }
        Backpropagation.run(this, seed.data);
    }

    // ---- operations (implemented by family in this package) ----------------------------------------------

    /**
     * @param other a tensor whose shape broadcasts with this one
     * @return this + other, elementwise after broadcasting
     * @throws DimensionMismatchException when the shapes do not broadcast
     */
    public Tensor plus(Tensor other) {
        return Arithmetic.binary(Arithmetic.Op.PLUS, this, other);
    }

    /**
     * @param other a tensor whose shape broadcasts with this one
     * @return this − other, elementwise after broadcasting
     * @throws DimensionMismatchException when the shapes do not broadcast
     */
    public Tensor minus(Tensor other) {
        return Arithmetic.binary(Arithmetic.Op.MINUS, this, other);
    }

    /**
     * @param other a tensor whose shape broadcasts with this one
     * @return this ⊙ other, the elementwise (Hadamard) product after broadcasting
     * @throws DimensionMismatchException when the shapes do not broadcast
     */
    public Tensor times(Tensor other) {
        return Arithmetic.binary(Arithmetic.Op.TIMES, this, other);
    }

    /**
     * @param other a tensor whose shape broadcasts with this one
     * @return this ⊘ other, elementwise after broadcasting (IEEE results for division by 0)
     * @throws DimensionMismatchException when the shapes do not broadcast
     */
    public Tensor div(Tensor other) {
        return Arithmetic.binary(Arithmetic.Op.DIV, this, other);
    }

    /**
     * @param c a constant
     * @return this + c
     */
    public Tensor plus(double c) {
        return Arithmetic.affine(this, 1.0, c);
    }

    /**
     * @param c a constant
     * @return this − c
     */
    public Tensor minus(double c) {
        return Arithmetic.affine(this, 1.0, -c);
    }

    /**
     * @param c a constant
     * @return c · this
     */
    public Tensor times(double c) {
        return Arithmetic.affine(this, c, 0.0);
    }

    /**
     * @param c a constant
     * @return this / c
     */
    public Tensor div(double c) {
        return Arithmetic.affine(this, 1.0 / c, 0.0);
    }

    /**
     * @return −this
     */
    public Tensor unaryMinus() {
        return Arithmetic.affine(this, -1.0, 0.0);
    }

    /**
     * The matrix product (AB)ᵢⱼ = Σₗ aᵢₗ bₗⱼ of 2-D tensors, (m×k)·(k×n) → (m×n), on the engine's GEMM.
     *
     * @param other a 2-D tensor with as many rows as this one has columns
     * @return this · other
     * @throws DimensionMismatchException when an operand is not 2-D or the inner dimensions differ
     */
    public Tensor matmul(Tensor other) {
        return MatMul.matmul(this, other);
    }

    /**
     * @return eˣ elementwise
     */
    public Tensor exp() {
        return Elementwise.exp(this);
    }

    /**
     * @return ln x elementwise (NaN for x &lt; 0 and −∞ at 0, as IEEE 754 says)
     */
    public Tensor log() {
        return Elementwise.log(this);
    }

    /**
     * @return √x elementwise
     */
    public Tensor sqrt() {
        return Elementwise.sqrt(this);
    }

    /**
     * @return |x| elementwise (derivative sign x, 0 at 0)
     */
    public Tensor abs() {
        return Elementwise.abs(this);
    }

    /**
     * @param p the exponent
     * @return xᵖ elementwise (derivative p·xᵖ⁻¹)
     */
    public Tensor pow(double p) {
        return Elementwise.pow(this, p);
    }

    /**
     * @return max(x, 0) elementwise (derivative [x &gt; 0], 0 at the kink)
     */
    public Tensor relu() {
        return Elementwise.relu(this);
    }

    /**
     * @return σ(x) = 1/(1 + e⁻ˣ) elementwise, without overflow for large |x|
     */
    public Tensor sigmoid() {
        return Elementwise.sigmoid(this);
    }

    /**
     * @return tanh x elementwise
     */
    public Tensor tanh() {
        return Elementwise.tanh(this);
    }

    /**
     * @return Σ of all elements, shape ()
     */
    public Tensor sum() {
        return Reductions.sumAll(this);
    }

    /**
     * @param axis     the axis to sum over, in [−rank, rank) (negative axes count from the end)
     * @param keepDims keep the axis with length 1 (so the result broadcasts against this tensor)
     * @return Σ along the axis
     * @throws InvalidArgumentException when the axis is out of bounds
     */
    public Tensor sum(int axis, boolean keepDims) {
        return Reductions.sum(this, axis, keepDims, false);
    }

    /**
     * @return the mean of all elements, shape ()
     */
    public Tensor mean() {
        return Reductions.sumAll(this).times(1.0 / data.length);
    }

    /**
     * @param axis     the axis to average over, in [−rank, rank)
     * @param keepDims keep the axis with length 1
     * @return the mean along the axis
     * @throws InvalidArgumentException when the axis is out of bounds
     */
    public Tensor mean(int axis, boolean keepDims) {
        return Reductions.sum(this, axis, keepDims, true);
    }

    /**
     * @return the largest element, shape (); the gradient goes to the first maximal element
     * @throws InvalidArgumentException when the tensor is empty
     */
    public Tensor max() {
        return Reductions.max(ShapeOps.reshape(this, data.length), 0, false);
    }

    /**
     * @param axis     the axis to maximize over, in [−rank, rank)
     * @param keepDims keep the axis with length 1
     * @return the maximum along the axis; the gradient goes to the first maximal element of each slice
     * @throws InvalidArgumentException when the axis is out of bounds or has length 0
     */
    public Tensor max(int axis, boolean keepDims) {
        return Reductions.max(this, axis, keepDims);
    }

    /**
     * @param newShape the new lengths, with the same product as this shape; one of them may be −1 (inferred)
     * @return the same values in row-major order, in the new shape (a copy)
     * @throws DimensionMismatchException when the sizes differ
     */
    public Tensor reshape(int... newShape) {
        return ShapeOps.reshape(this, newShape);
    }

    /**
     * @return the transpose of a 2-D tensor (a copy)
     * @throws DimensionMismatchException when this tensor is not 2-D
     */
    public Tensor transpose() {
        if (shape.length != 2) {
            throw new DimensionMismatchException("transpose: tensor of shape " + Broadcast.format(shape)
                    + " is not 2-D; pass an axis permutation");
        }
        return ShapeOps.permute(this, 1, 0);
    }

    /**
     * NumPy's {@code transpose(perm)}: result axis d is this tensor's axis perm[d].
     *
     * @param perm a permutation of the axes
     * @return the permuted tensor (a copy)
     * @throws DimensionMismatchException when perm has the wrong length
     * @throws InvalidArgumentException   when perm repeats an axis or names one out of bounds
     */
    public Tensor transpose(int... perm) {
        return ShapeOps.permute(this, perm);
    }

    /**
     * NumPy's {@code x[..., from:to, ...]} on one axis.
     *
     * @param axis the axis to slice
     * @param from the first index kept
     * @param to   one past the last index kept
     * @return the slice (a copy)
     * @throws InvalidArgumentException when the range is not within the axis
     */
    public Tensor slice(int axis, int from, int to) {
        return ShapeOps.slice(this, axis, from, to);
    }

    /**
     * @param axis the axis along which the result sums to 1
     * @return softmax along the axis, max-shifted: e^(xᵢ − m) / Σⱼ e^(xⱼ − m)
     */
    public Tensor softmax(int axis) {
        return Losses.softmax(this, axis);
    }

    /**
     * @param axis the axis of the classes
     * @return log softmax along the axis, xᵢ − LSE(x), accurate where the probability underflows
     */
    public Tensor logSoftmax(int axis) {
        return Losses.logSoftmax(this, axis);
    }

    @Override
    public String toString() {
        String values = data.length <= 12 ? Arrays.toString(data) : "[" + data.length + " values]";
        return "Tensor" + Broadcast.format(shape) + (requiresGrad ? " requiresGrad " : " ") + values;
    }
}
