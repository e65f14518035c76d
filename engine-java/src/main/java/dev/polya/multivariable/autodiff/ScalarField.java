package dev.polya.multivariable.autodiff;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.ValueAndGradient;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A function f: ℝⁿ → ℝ written once over reverse-mode AD scalars (chapter 16), which evaluates on doubles
 * and gives its exact gradient, Hessian–vector products and Hessian.
 *
 * <pre>{@code
 *   ScalarField rosenbrock = x -> Var.minus(1, x[0]).square()
 *           .plus(x[1].minus(x[0].square()).square().times(100));
 *   rosenbrock.gradient(Vector.of(1, 2));   // (−400, 200)
 * }</pre>
 *
 * <ul>
 *   <li>{@link #applyAsDouble}: f on constants, nothing recorded — about the cost of the same code on
 *       doubles.</li>
 *   <li>{@link #gradient}, {@link #valueAndGradient}: ∇f by one recording and one reverse sweep, a small
 *       constant times the cost of f whatever n is (Baur–Strassen; the benchmark target is ≤ 5×).</li>
 *   <li>{@link #hessianVectorProduct}: ∇²f·v by forward-over-reverse, one recording and two sweeps.</li>
 *   <li>{@link #hessian}: n Hessian–vector products on one recording (target ≤ 3n gradients), symmetrized as
 *       ½(H + Hᵀ) to remove rounding asymmetry.</li>
 * </ul>
 *
 * <p>Being a {@link DifferentiableFunction}, it plugs into the optimizers directly. The recording uses the
 * calling thread's reusable {@link Tape} (a fresh one when differentiations nest), so a ScalarField may be
 * differentiated from several threads at once provided f itself is thread-safe.
 *
 * <p>Failure modes: f reading a coordinate beyond the point's dimension throws
 * {@link DimensionMismatchException} (from the {@code ArrayIndexOutOfBoundsException}); f returning null
 * throws {@link InvalidArgumentException}; f combining its arguments with Vars captured from another tape
 * throws {@link InvalidArgumentException} naming both. Outside a function's domain values and derivatives
 * are NaN or ±∞, as for {@code Math}.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, chapters 3–5; B. A. Pearlmutter, "Fast exact
 * multiplication by the Hessian", Neural Computation 6 (1994).
 */
@FunctionalInterface
public interface ScalarField extends DifferentiableFunction {

    /**
     * f written over AD scalars: {@code x[0]}, …, {@code x[n − 1]} are the coordinates.
     *
     * @param x the coordinates (do not modify the array)
     * @return f(x)
     */
    Var apply(Var[] x);

    /**
     * f(x) for Kotlin's call syntax on Vars, {@code f(x)}.
     *
     * @param x the coordinates
     * @return f(x)
     */
    default Var invoke(Var... x) {
        return apply(x);
    }

    /**
     * f(x) on plain doubles: the coordinates enter as constants and nothing is recorded.
     *
     * @param x the point
     * @return f(x)
     */
    @Override
    default double applyAsDouble(Vector x) {
        Objects.requireNonNull(x, "x");
        Var[] c = new Var[x.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Var.constant(x.get(i));
        }
        return call(this, c).value();
    }

    /**
     * ∇f(x) by reverse mode.
     *
     * @param x the point
     * @return the gradient, of the dimension of x
     */
    @Override
    default Vector gradient(Vector x) {
        return valueAndGradient(x).gradient();
    }

    /**
     * f(x) and ∇f(x) from one recording and one reverse sweep.
     *
     * @param x the point
     * @return the value and the gradient
     */
    @Override
    default ValueAndGradient valueAndGradient(Vector x) {
        Objects.requireNonNull(x, "x");
        int n = x.size();
        Tape tape = Tape.borrowFirstOrder();
        try {
            Var y = call(this, tape.variables(x));
            int out = y.isConstant() ? -1 : tape.indexOf(y, "scalar field: the output");
            return new ValueAndGradient(y.value(), tape.gradientOfFirst(n, out));
        } finally {
            tape.release();
        }
    }

    /**
     * The Hessian–vector product ∇²f(x)·v by forward-over-reverse, without forming the Hessian.
     *
     * @param x the point
     * @param v the direction, of the dimension of x
     * @return ∇²f(x)·v
     */
    default Vector hessianVectorProduct(Vector x, Vector v) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(v, "v");
        if (v.size() != x.size()) {
            throw new DimensionMismatchException("Hessian–vector product: the direction has " + v.size()
                    + " coordinates, the point " + x.size());
        }
        return secondOrder(x, (sweep, inputs) -> Vector.of(sweep.hessianVectorProduct(inputs, v.toArray())));
    }

    /**
     * The exact Hessian ∇²f(x) by forward-over-reverse: n Hessian–vector products with the unit vectors, on
     * one recording, symmetrized as ½(H + Hᵀ).
     *
     * @param x the point
     * @return ∇²f(x), symmetric n×n
     */
    @Override
    default Matrix hessian(Vector x) {
        Objects.requireNonNull(x, "x");
        int n = x.size();
        return secondOrder(x, (sweep, inputs) -> {
            double[] h = new double[n * n];
            double[] e = new double[n];
            for (int j = 0; j < n; j++) {
                e[j] = 1;
                double[] column = sweep.hessianVectorProduct(inputs, e);
                e[j] = 0;
                for (int i = 0; i < n; i++) {
                    h[i * n + j] = column[i];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double s = 0.5 * (h[i * n + j] + h[j * n + i]);
                    h[i * n + j] = s;
                    h[j * n + i] = s;
                }
            }
            return Matrix.of(n, n, h);
        });
    }

    private <T> T secondOrder(Vector x, BiFunction<SecondOrderSweep, int[], T> use) {
        int n = x.size();
        Tape tape = Tape.borrow();
        try {
            Var y = call(this, tape.variables(x));
            int[] inputs = new int[n];
            for (int i = 0; i < n; i++) {
                inputs[i] = i;
            }
            int out = y.isConstant() ? -1 : tape.indexOf(y, "scalar field: the output");
            return use.apply(new SecondOrderSweep(tape, out), inputs);
        } finally {
            tape.release();
        }
    }

    /** Calls f, turning an index beyond the point's dimension and a null result into typed errors. */
    private static Var call(ScalarField f, Var[] x) {
        Var y;
        try {
            y = f.apply(x);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new DimensionMismatchException("scalar field: evaluating at a point with " + x.length
                    + " coordinates failed with an index out of range (" + e.getMessage()
                    + "); does f expect more coordinates?");
        }
        if (y == null) {
            throw new InvalidArgumentException("scalar field: f returned null at a point with " + x.length
                    + " coordinates");
        }
        return y;
    }
}
