package dev.polya.multivariable.autodiff;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The computational graph of reverse-mode automatic differentiation (chapter 16), stored as a tape: the
 * operations in the order they were evaluated, one row per node in parallel primitive arrays (opcode,
 * operand indices, value, the two local partials ∂φ/∂a and ∂φ/∂b, a constant).
 *
 * <p><b>Use.</b> Record by computing with {@link Var}s, then sweep:
 * <pre>{@code
 *   Tape tape = new Tape();
 *   Var x = tape.variable(2), y = tape.variable(3);
 *   Var z = x.times(y).plus(x.sin());          // z = xy + sin x
 *   double[] g = tape.gradient(z, x, y);        // (y + cos x, x) = (2.583…, 2)
 * }</pre>
 * Most code never sees a tape: a {@link ScalarField} or {@link VectorField} records on one and sweeps it.
 *
 * <p><b>The sweeps.</b> Because operands are recorded before their results, one backward pass over the
 * nodes applies the chain rule to all of them: with adjoints v̄ = ∂z/∂v, seed z̄ = 1, and for each node
 * y = φ(a, b) from the last to the first, ā += ȳ·∂φ/∂a and b̄ += ȳ·∂φ/∂b. A node used twice (x·x, or x in
 * both y = x + x and z = y·y) receives both contributions: gradients accumulate through reuse. The same
 * recorded partials give the forward (tangent) sweep ẏ = ∂φ/∂a·ȧ + ∂φ/∂b·ḃ for Jacobian–vector products,
 * and, with the second partials of {@link Primitive}, the forward-over-reverse sweep for Hessian–vector
 * products: the adjoints are differentiated along the tangent direction (Griewank &amp; Walther §5.2).
 *
 * <p><b>Cost.</b> Recording costs the function evaluation plus one row write per operation; the arrays
 * double when full, so memory is linear in the number of operations (at most 41 bytes per node, plus up to 32
 * bytes of sweep workspace allocated on first use). A reverse sweep is about 4 flops per node, independent of the
 * number of variables: a gradient costs a small constant times one evaluation (Baur–Strassen). A
 * Hessian–vector product is one forward and one reverse sweep.
 *
 * <p><b>Reuse and threads.</b> {@link #reset()} empties the tape and keeps its arrays, so repeated gradients
 * do not allocate; {@code Var}s recorded before the reset become invalid, and using one is an error that
 * names it. A tape is single-threaded: record and sweep it from one thread. ({@link ScalarField} keeps one
 * tape per thread, up to 2²² nodes, and uses a fresh one when differentiations nest; for a gradient or a
 * Jacobian it writes only the operands and partials of each node, 24 bytes, which is all the first-order sweeps
 * read.)
 *
 * <p>Failure modes: combining {@code Var}s of two tapes, or a stale one, throws
 * {@link InvalidArgumentException}; a gradient with respect to a node recorded after the output is 0.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, chapters 3 (reverse mode) and 5 (second order);
 * A. Karpathy, micrograd (the graph-of-scalars idea at its smallest).
 */
public final class Tape {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int DEFAULT_CAPACITY = 64;
    private static final ThreadLocal<Tape> PER_THREAD = ThreadLocal.withInitial(Tape::new);
    /** The largest per-thread tape kept between differentiations: 2²² nodes, about 300 MB with workspaces. */
    private static final int RETAINED_NODES = 1 << 22;

    private final int id = IDS.incrementAndGet();
    int generation;
    int size;
    byte[] ops;
    int[] left;
    int[] right;
    double[] values;
    double[] dLeft;
    double[] dRight;
    double[] constants;
    /**
     * Whether this tape records only what the first-order sweeps read, the operands and the partials: set
     * while a gradient or a Jacobian borrows it. The opcode, value and constant of a node are then not
     * written; they serve only the second-order sweep, which needs a full tape.
     */
    boolean firstOrderOnly;
    private boolean borrowed;
    private double[] work1 = new double[0];
    private double[] work2 = new double[0];
    private double[] work3 = new double[0];
    /** The all-zero workspace of {@link #gradientOfFirst}. */
    private double[] clean = new double[0];

    /** An empty tape with room for 64 nodes (it grows as needed). */
    public Tape() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * An empty tape with room for the given number of nodes before it first grows.
     *
     * @param capacity the initial number of nodes, ≥ 1
     */
    public Tape(int capacity) {
        if (capacity < 1) {
            throw new InvalidArgumentException("tape: capacity must be ≥ 1, was " + capacity);
        }
        ops = new byte[capacity];
        left = new int[capacity];
        right = new int[capacity];
        values = new double[capacity];
        dLeft = new double[capacity];
        dRight = new double[capacity];
        constants = new double[capacity];
    }

    // ------------------------------------------------------------------ recording

    /**
     * A new independent variable with value x.
     *
     * @param x the value
     * @return the variable, a leaf of this tape
     */
    public Var variable(double x) {
        return new Var(this, pushLeaf(Primitive.VARIABLE, x), x);
    }

    /**
     * Independent variables with the coordinates of x as values, recorded consecutively.
     *
     * @param x the point
     * @return one variable per coordinate
     */
    public Var[] variables(Vector x) {
        Objects.requireNonNull(x, "x");
        Var[] v = new Var[x.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = variable(x.get(i));
        }
        return v;
    }

    /**
     * Independent variables with the given values, recorded consecutively.
     *
     * @param x the values
     * @return one variable per value
     */
    public Var[] variables(double... x) {
        Var[] v = new Var[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = variable(x[i]);
        }
        return v;
    }

    /**
     * Appends a leaf (a variable or a constant) with value y and returns its index. Only the opcode, left = −1
     * and the value are written: every sweep tests left &lt; 0 first and then reads nothing else of a leaf.
     */
    int pushLeaf(Primitive op, double y) {
        int i = size;
        if (i == ops.length) {
            grow();
        }
        if (!firstOrderOnly) {
            ops[i] = (byte) op.ordinal();
            values[i] = y;
        }
        left[i] = -1;
        size = i + 1;
        return i;
    }

    /** Appends y = φ(a) for a primitive without a constant (sin, exp, …) and returns its index. */
    int pushUnary(Primitive op, int a, double y, double da) {
        int i = size;
        if (i == ops.length) {
            grow();
        }
        if (!firstOrderOnly) {
            ops[i] = (byte) op.ordinal();
            values[i] = y;
        }
        left[i] = a;
        right[i] = -1;
        dLeft[i] = da;
        size = i + 1;
        return i;
    }

    /** Appends y = φ(a) with ∂φ/∂a and the node's constant c, and returns its index. */
    int pushUnary(Primitive op, int a, double y, double da, double c) {
        int i = size;
        if (i == ops.length) {
            grow();
        }
        if (!firstOrderOnly) {
            ops[i] = (byte) op.ordinal();
            values[i] = y;
            constants[i] = c;
        }
        left[i] = a;
        right[i] = -1;
        dLeft[i] = da;
        size = i + 1;
        return i;
    }

    /**
     * Appends y = φ(a, b) with ∂φ/∂a and ∂φ/∂b, and returns its index. (Binary primitives have no constant:
     * the slot is not written, and they ignore it.)
     */
    int pushBinary(Primitive op, int a, int b, double y, double da, double db) {
        int i = size;
        if (i == ops.length) {
            grow();
        }
        if (!firstOrderOnly) {
            ops[i] = (byte) op.ordinal();
            values[i] = y;
        }
        left[i] = a;
        right[i] = b;
        dLeft[i] = da;
        dRight[i] = db;
        size = i + 1;
        return i;
    }

    /** The node index of an operand; a constant enters the graph here as a constant leaf. */
    int operand(Var v) {
        if (v.tape == null) {
            double c = v.value();
            return pushLeaf(Primitive.CONSTANT, c);
        }
        if (v.generation != generation) {
            throw staleError(v);
        }
        return v.index;
    }

    /** The number shown in messages, {@code tape #3}. */
    int id() {
        return id;
    }

    private void grow() {
        int n = ops.length;
        if (n >= Integer.MAX_VALUE / 2) {
            throw new InvalidArgumentException("tape: more than " + n + " nodes; record less per tape");
        }
        int m = 2 * n;
        ops = Arrays.copyOf(ops, m);
        left = Arrays.copyOf(left, m);
        right = Arrays.copyOf(right, m);
        values = Arrays.copyOf(values, m);
        dLeft = Arrays.copyOf(dLeft, m);
        dRight = Arrays.copyOf(dRight, m);
        constants = Arrays.copyOf(constants, m);
    }

    /**
     * Empties the tape, keeping its arrays for the next recording. Vars recorded so far become invalid.
     */
    public void reset() {
        size = 0;
        generation++;
    }

    /**
     * @return the number of nodes recorded: variables, constants that entered the graph, and operations
     */
    public int size() {
        return size;
    }

    /**
     * @return the number of nodes the arrays can hold before they grow (memory ≈ 41 bytes per node)
     */
    public int capacity() {
        return ops.length;
    }

    // ------------------------------------------------------------------ public sweeps

    /**
     * The gradient of an output with respect to chosen nodes, by one reverse sweep:
     * (∂z/∂w₁, …, ∂z/∂wₖ).
     *
     * @param output z, a Var of this tape (a constant has gradient 0)
     * @param wrt    the nodes w₁ … wₖ of this tape, usually its variables
     * @return the partial derivatives, in the order of wrt
     */
    public double[] gradient(Var output, Var... wrt) {
        Objects.requireNonNull(wrt, "wrt");
        int[] inputs = indicesOf(wrt, "gradient");
        double[] g = new double[inputs.length];
        if (output.isConstant()) {
            return g;
        }
        int out = indexOf(output, "gradient: output");
        double[] adjoint = reverse(out);
        for (int k = 0; k < inputs.length; k++) {
            g[k] = adjoint[inputs[k]];
        }
        return g;
    }

    /**
     * The Hessian of an output with respect to chosen nodes, by forward-over-reverse: k Hessian–vector
     * products, each one tangent and one second-order adjoint sweep of this tape.
     *
     * @param output z, a Var of this tape
     * @param wrt    variables w₁ … wₖ of this tape (made by {@link #variable}; intermediate nodes are
     *               rejected, since holding the other inputs fixed does not define their second derivatives)
     * @return ∂²z/∂wᵢ∂wⱼ as rows, k×k
     */
    public double[][] hessian(Var output, Var... wrt) {
        Objects.requireNonNull(wrt, "wrt");
        int[] inputs = indicesOf(wrt, "hessian");
        for (int k = 0; k < inputs.length; k++) {
            if (ops[inputs[k]] != Primitive.VARIABLE.ordinal()) {
                throw new InvalidArgumentException("hessian: variable " + k + " (" + wrt[k].describe()
                        + ") is not an independent variable of " + this + "; pass variables made by variable()");
            }
        }
        double[][] h = new double[inputs.length][inputs.length];
        if (output.isConstant()) {
            return h;
        }
        int out = indexOf(output, "hessian: output");
        SecondOrderSweep sweep = new SecondOrderSweep(this, out);
        double[] e = new double[inputs.length];
        for (int j = 0; j < inputs.length; j++) {
            e[j] = 1;
            double[] column = sweep.hessianVectorProduct(inputs, e);
            e[j] = 0;
            for (int i = 0; i < inputs.length; i++) {
                h[i][j] = column[i];
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ sweeps for the package

    /** Adjoints ∂z/∂v of every node v ≤ out, for z = node out: a workspace array, valid until the next sweep. */
    double[] reverse(int out) {
        double[] adjoint = workspace1(out + 1);
        adjoint[out] = 1;
        reverseFrom(out, adjoint);
        return adjoint;
    }

    /**
     * The gradient of node out with respect to nodes 0 … n − 1 (the variables, recorded first); out = −1 stands
     * for a constant output, whose gradient is 0. The same reverse sweep as {@link #reverse}, on a workspace
     * that is kept all zero between calls: each adjoint is cleared once it has been propagated, so no O(size)
     * fill is needed (measured: about 8% of a gradient of Σ sin(xᵢ)·xᵢ₊₁), and the gradient is copied from it
     * straight into the returned vector.
     */
    Vector gradientOfFirst(int n, int out) {
        if (clean.length < Math.max(out + 1, n)) {
            clean = new double[Math.max(Math.max(out + 1, n), ops.length)];
        }
        double[] adjoint = clean;
        if (out >= 0) {
            adjoint[out] = 1;
            reverseAndClear(out, n, adjoint);
        }
        Vector g = Vector.fromFunction(n, k -> adjoint[k]);
        Arrays.fill(adjoint, 0, n, 0.0);
        return g;
    }

    /** The reverse sweep over nodes out … n, clearing each adjoint once it has been propagated. */
    private void reverseAndClear(int out, int n, double[] adjoint) {
        int[] l = left;
        int[] r = right;
        double[] dl = dLeft;
        double[] dr = dRight;
        for (int i = out; i >= n; i--) {
            double gi = adjoint[i];
            if (gi == 0) {
                continue;
            }
            adjoint[i] = 0;
            int a = l[i];
            if (a >= 0) {
                // ā += ȳ·∂φ/∂a, b̄ += ȳ·∂φ/∂b
                adjoint[a] += gi * dl[i];
                int b = r[i];
                if (b >= 0) {
                    adjoint[b] += gi * dr[i];
                }
            }
        }
    }

    /** The reverse sweep over nodes out … 0, with adjoints already seeded: ā += ȳ·∂φ/∂a, b̄ += ȳ·∂φ/∂b. */
    void reverseFrom(int out, double[] adjoint) {
        int[] l = left;
        int[] r = right;
        double[] dl = dLeft;
        double[] dr = dRight;
        for (int i = out; i >= 0; i--) {
            double g = adjoint[i];
            if (g == 0) {
                continue;
            }
            int a = l[i];
            if (a >= 0) {
                adjoint[a] += g * dl[i];
                int b = r[i];
                if (b >= 0) {
                    adjoint[b] += g * dr[i];
                }
            }
        }
    }

    /**
     * The tangent sweep: ẏ = ∂φ/∂a·ȧ + ∂φ/∂b·ḃ over nodes 0 … last, with ẇ seeded at the inputs.
     *
     * @return the tangents of all nodes ≤ last, a workspace array valid until the next sweep
     */
    double[] forward(int[] inputs, double[] direction, int last) {
        double[] tangent = workspace2(last + 1);
        for (int k = 0; k < inputs.length; k++) {
            if (inputs[k] <= last) {
                tangent[inputs[k]] = direction[k];
            }
        }
        int[] l = left;
        int[] r = right;
        double[] dl = dLeft;
        double[] dr = dRight;
        for (int i = 0; i <= last; i++) {
            int a = l[i];
            if (a < 0) {
                continue;
            }
            int b = r[i];
            tangent[i] = b < 0 ? dl[i] * tangent[a] : dl[i] * tangent[a] + dr[i] * tangent[b];
        }
        return tangent;
    }

    /** A zeroed workspace of at least n entries (the reverse adjoints). */
    double[] workspace1(int n) {
        return work1 = zeroed(work1, n);
    }

    /** A zeroed workspace of at least n entries (the tangents). */
    double[] workspace2(int n) {
        return work2 = zeroed(work2, n);
    }

    /** A zeroed workspace of at least n entries (the adjoint tangents). */
    double[] workspace3(int n) {
        return work3 = zeroed(work3, n);
    }

    /** {@code work} with its first n entries zeroed, or a new zeroed array of at least n (and the tape's capacity). */
    private double[] zeroed(double[] work, int n) {
        if (work.length < n) {
            return new double[Math.max(n, ops.length)];
        }
        Arrays.fill(work, 0, n, 0.0);
        return work;
    }

    // ------------------------------------------------------------------ validation

    /** The node index of v, after checking that it belongs to this tape and is not stale. */
    int indexOf(Var v, String role) {
        Objects.requireNonNull(v, role);
        if (v.tape != this) {
            throw new InvalidArgumentException(role + " " + v.describe() + " is not part of " + this
                    + (v.tape == null ? " (it is a constant)" : ""));
        }
        if (v.generation != generation) {
            throw staleError(v);
        }
        return v.index;
    }

    private int[] indicesOf(Var[] vars, String operation) {
        int[] idx = new int[vars.length];
        for (int k = 0; k < vars.length; k++) {
            idx[k] = indexOf(vars[k], operation + ": variable " + k);
        }
        return idx;
    }

    InvalidArgumentException staleError(Var v) {
        return new InvalidArgumentException("Var: node " + v.index + " was recorded before " + this
                + " was reset (generation " + v.generation + ", now " + generation
                + "); record the computation again");
    }

    // ------------------------------------------------------------------ the per-thread tape

    /**
     * The calling thread's tape, reset, for any sweep; a fresh tape if it is already in use (a nested
     * differentiation).
     */
    static Tape borrow() {
        return borrow(false);
    }

    /** As {@link #borrow()}, for first-order sweeps only: the tape skips what they do not read. */
    static Tape borrowFirstOrder() {
        return borrow(true);
    }

    private static Tape borrow(boolean firstOrderOnly) {
        Tape t = PER_THREAD.get();
        if (t.borrowed) {
            t = new Tape();
        } else {
            t.borrowed = true;
            t.reset();
        }
        t.firstOrderOnly = firstOrderOnly;
        return t;
    }

    /**
     * Gives a borrowed tape back: the next {@link #borrow()} on this thread may reuse it. A per-thread tape
     * that has grown beyond {@link #RETAINED_NODES} is dropped instead, so that one huge recording does not
     * pin its memory for the life of the thread.
     */
    void release() {
        borrowed = false;
        if (capacity() > RETAINED_NODES && PER_THREAD.get() == this) {
            PER_THREAD.remove();
        }
    }

    /**
     * @return {@code tape #3 (12 nodes)}
     */
    @Override
    public String toString() {
        return "tape #" + id + " (" + size + " nodes)";
    }
}
