package dev.polya.multivariable.autodiff;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.VectorFunction;
import java.util.Objects;

/**
 * A function F: ℝⁿ → ℝᵐ written once over reverse-mode AD scalars (chapter 16), which evaluates on doubles
 * and gives its exact Jacobian J = (∂Fᵢ/∂xⱼ), Jacobian–vector products J·v and vector–Jacobian products
 * uᵀ·J.
 *
 * <pre>{@code
 *   VectorField polar = x -> new Var[] {x[0].times(x[1].cos()), x[0].times(x[1].sin())};
 *   polar.jacobian(Vector.of(2, 0));   // [[1, 0], [0, 2]]
 * }</pre>
 *
 * <p>Cost: one recording of F, then one forward sweep for {@link #jvp}, one reverse sweep for {@link #vjp},
 * and min(n, m) sweeps for {@link #jacobian(Vector)} ({@link JacobianMode#cheaper}). Each sweep is a few
 * flops per recorded operation. Recording uses the calling thread's reusable {@link Tape}.
 *
 * <p>Failure modes: F reading a coordinate beyond the point's dimension throws
 * {@link DimensionMismatchException}; v or u of the wrong size throws {@link DimensionMismatchException}
 * naming both sizes; a null output array or entry, or an output recorded on another tape, throws
 * {@link InvalidArgumentException}; {@link #gradient} of a field with m ≠ 1 outputs throws
 * {@link InvalidArgumentException} (a gradient needs a scalar output). A constant output (one that does
 * not depend on x) has a zero row.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, chapter 3.
 */
@FunctionalInterface
public interface VectorField extends VectorFunction {

    /**
     * F written over AD scalars: {@code x[0]}, …, {@code x[n − 1]} are the coordinates.
     *
     * @param x the coordinates (do not modify the array)
     * @return F₁(x), …, Fₘ(x)
     */
    Var[] apply(Var[] x);

    /**
     * F(x) on plain doubles: the coordinates enter as constants and nothing is recorded.
     *
     * @param x the point
     * @return F(x)
     */
    @Override
    default Vector apply(Vector x) {
        Objects.requireNonNull(x, "x");
        Var[] c = new Var[x.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Var.constant(x.get(i));
        }
        Var[] y = call(this, c);
        double[] v = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            v[i] = y[i].value();
        }
        return Vector.of(v);
    }

    /**
     * The Jacobian J(x), m×n, in the cheaper mode: forward when n &lt; m, reverse otherwise.
     *
     * @param x the point
     * @return J(x), row i the gradient of Fᵢ
     */
    default Matrix jacobian(Vector x) {
        return jacobianIn(x, null);
    }

    /**
     * The Jacobian J(x), m×n, in a chosen mode (both give the same matrix to rounding).
     *
     * @param x    the point
     * @param mode forward (n sweeps) or reverse (m sweeps)
     * @return J(x)
     */
    default Matrix jacobian(Vector x, JacobianMode mode) {
        Objects.requireNonNull(mode, "mode");
        return jacobianIn(x, mode);
    }

    /** The Jacobian in the given mode, or the cheaper one when mode is null. */
    private Matrix jacobianIn(Vector x, JacobianMode mode) {
        Objects.requireNonNull(x, "x");
        int n = x.size();
        Tape tape = Tape.borrowFirstOrder();
        try {
            Var[] y = call(this, tape.variables(x));
            int m = y.length;
            int[] outs = outputs(tape, y);
            double[] j = new double[m * n];
            JacobianMode chosen = mode != null ? mode : JacobianMode.cheaper(n, m);
            if (chosen == JacobianMode.FORWARD) {
                int last = max(outs);
                int[] inputs = identity(n);
                double[] e = new double[n];
                for (int c = 0; c < n && last >= 0; c++) {
                    e[c] = 1;
                    double[] t = tape.forward(inputs, e, last);
                    e[c] = 0;
                    for (int r = 0; r < m; r++) {
                        if (outs[r] >= 0) {
                            j[r * n + c] = t[outs[r]];
                        }
                    }
                }
            } else {
                for (int r = 0; r < m; r++) {
                    if (outs[r] >= 0) {
                        double[] adjoint = tape.reverse(outs[r]);
                        System.arraycopy(adjoint, 0, j, r * n, Math.min(n, outs[r] + 1));
                    }
                }
            }
            return Matrix.of(m, n, j);
        } finally {
            tape.release();
        }
    }

    /**
     * The gradient of a field with a single output (m = 1), by one reverse sweep: the only row of J(x).
     *
     * @param x the point
     * @return ∇F₁(x)
     * @throws InvalidArgumentException when F has m ≠ 1 outputs: a gradient needs a scalar output (use
     *                                  {@link #jacobian(Vector)} or {@link #vjp})
     */
    default Vector gradient(Vector x) {
        Matrix j = jacobian(x, JacobianMode.REVERSE);
        if (j.rows() != 1) {
            throw new InvalidArgumentException("gradient: the output is not a scalar: F has " + j.rows()
                    + " outputs at a point of dimension " + x.size() + "; use jacobian (or vjp) instead");
        }
        return j.row(0);
    }

    /**
     * The Jacobian–vector product J(x)·v (the directional derivative of F along v) by one forward sweep.
     *
     * @param x the point
     * @param v the direction, n coordinates
     * @return J(x)·v, m coordinates
     */
    default Vector jvp(Vector x, Vector v) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(v, "v");
        if (v.size() != x.size()) {
            throw new DimensionMismatchException("Jacobian–vector product: v has " + v.size()
                    + " coordinates, the point " + x.size());
        }
        Tape tape = Tape.borrowFirstOrder();
        try {
            Var[] y = call(this, tape.variables(x));
            int[] outs = outputs(tape, y);
            double[] t = tape.forward(identity(x.size()), v.toArray(), max(outs));
            double[] jv = new double[y.length];
            for (int r = 0; r < y.length; r++) {
                jv[r] = outs[r] >= 0 ? t[outs[r]] : 0;
            }
            return Vector.of(jv);
        } finally {
            tape.release();
        }
    }

    /**
     * The vector–Jacobian product uᵀ·J(x) (the gradient of u·F) by one reverse sweep.
     *
     * @param x the point
     * @param u the cotangent, m coordinates
     * @return Jᵀ(x)·u, n coordinates
     */
    default Vector vjp(Vector x, Vector u) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(u, "u");
        int n = x.size();
        Tape tape = Tape.borrowFirstOrder();
        try {
            Var[] y = call(this, tape.variables(x));
            if (u.size() != y.length) {
                throw new DimensionMismatchException("vector–Jacobian product: u has " + u.size()
                        + " coordinates, F has " + y.length + " outputs");
            }
            int[] outs = outputs(tape, y);
            int last = max(outs);
            double[] g = new double[n];
            if (last >= 0) {
                double[] adjoint = tape.workspace1(last + 1);
                for (int r = 0; r < y.length; r++) {
                    if (outs[r] >= 0) {
                        adjoint[outs[r]] += u.get(r);
                    }
                }
                tape.reverseFrom(last, adjoint);
                System.arraycopy(adjoint, 0, g, 0, Math.min(n, last + 1));
            }
            return Vector.of(g);
        } finally {
            tape.release();
        }
    }

    /** Calls F, turning an index beyond the point's dimension and null results into typed errors. */
    private static Var[] call(VectorField f, Var[] x) {
        Var[] y;
        try {
            y = f.apply(x);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new DimensionMismatchException("vector field: evaluating at a point with " + x.length
                    + " coordinates failed with an index out of range (" + e.getMessage()
                    + "); does F expect more coordinates?");
        }
        if (y == null) {
            throw new InvalidArgumentException("vector field: F returned null at a point with " + x.length
                    + " coordinates");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] == null) {
                throw new InvalidArgumentException("vector field: output " + i + " of " + y.length + " is null");
            }
        }
        return y;
    }

    /** The node of each output, −1 for a constant one; checks that each belongs to the tape. */
    private static int[] outputs(Tape tape, Var[] y) {
        int[] outs = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            outs[i] = y[i].isConstant() ? -1 : tape.indexOf(y[i], "vector field: output " + i);
        }
        return outs;
    }

    private static int max(int[] a) {
        int m = -1;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
