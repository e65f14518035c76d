package dev.polya.multivariable.autodiff;

import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.VectorFunction;
import java.util.Objects;
import java.util.function.Function;

/**
 * The function transforms of automatic differentiation (chapter 16), for Java readers: the gradient, the
 * Jacobian, the Hessian and the Jacobian–, vector– and Hessian–vector products of functions written over
 * {@link Var}s, as values at a point or as new functions.
 *
 * <pre>
 *   ∇f(x)         gradient(f, x)              one reverse sweep
 *   J(x)          jacobian(F, x)              min(n, m) sweeps, forward or reverse
 *   ∇²f(x)        hessian(f, x)               n forward-over-reverse products
 *   J(x)·v        jvp(F, x, v)                one forward sweep
 *   uᵀJ(x)        vjp(F, x, u)                one reverse sweep
 *   ∇²f(x)·v      hessianVectorProduct(f, x, v)
 * </pre>
 * Each delegates to {@link ScalarField} or {@link VectorField}, which hold the algorithms. Numeric
 * versions by central differences, for plain lambdas, are in
 * {@link dev.polya.multivariable.NumericDerivatives}.
 *
 * <p>Failure modes: those of the delegates. (The gradient of a {@link VectorField} with a single output is
 * {@link VectorField#gradient}; with m ≠ 1 outputs it is an error.)
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; J. Bradbury et al., JAX
 * ({@code grad}, {@code jacfwd}, {@code jacrev}, {@code jvp}, {@code vjp}, {@code hessian}).
 */
public final class Derivatives {

    private Derivatives() {
    }

    /**
     * The gradient as a function: x ↦ ∇f(x) (JAX's {@code grad}).
     *
     * @param f the function
     * @return ∇f
     */
    public static VectorFunction gradient(ScalarField f) {
        Objects.requireNonNull(f, "f");
        return f::gradient;
    }

    /**
     * ∇f(x) by reverse mode.
     *
     * @param f the function
     * @param x the point
     * @return the gradient
     */
    public static Vector gradient(ScalarField f, Vector x) {
        Objects.requireNonNull(f, "f");
        return f.gradient(x);
    }

    /**
     * The Jacobian as a function: x ↦ J(x).
     *
     * @param f the field
     * @return J
     */
    public static Function<Vector, Matrix> jacobian(VectorField f) {
        Objects.requireNonNull(f, "f");
        return f::jacobian;
    }

    /**
     * J(x), m×n, in the cheaper mode.
     *
     * @param f the field
     * @param x the point
     * @return the Jacobian
     */
    public static Matrix jacobian(VectorField f, Vector x) {
        Objects.requireNonNull(f, "f");
        return f.jacobian(x);
    }

    /**
     * The Hessian as a function: x ↦ ∇²f(x).
     *
     * @param f the function
     * @return ∇²f
     */
    public static Function<Vector, Matrix> hessian(ScalarField f) {
        Objects.requireNonNull(f, "f");
        return f::hessian;
    }

    /**
     * ∇²f(x) by forward-over-reverse.
     *
     * @param f the function
     * @param x the point
     * @return the Hessian, symmetric n×n
     */
    public static Matrix hessian(ScalarField f, Vector x) {
        Objects.requireNonNull(f, "f");
        return f.hessian(x);
    }

    /**
     * ∇²f(x)·v without forming the Hessian.
     *
     * @param f the function
     * @param x the point
     * @param v the direction
     * @return the product
     */
    public static Vector hessianVectorProduct(ScalarField f, Vector x, Vector v) {
        Objects.requireNonNull(f, "f");
        return f.hessianVectorProduct(x, v);
    }

    /**
     * J(x)·v by one forward sweep.
     *
     * @param f the field
     * @param x the point
     * @param v the direction, n coordinates
     * @return the product, m coordinates
     */
    public static Vector jvp(VectorField f, Vector x, Vector v) {
        Objects.requireNonNull(f, "f");
        return f.jvp(x, v);
    }

    /**
     * uᵀJ(x) by one reverse sweep.
     *
     * @param f the field
     * @param x the point
     * @param u the cotangent, m coordinates
     * @return Jᵀu, n coordinates
     */
    public static Vector vjp(VectorField f, Vector x, Vector u) {
        Objects.requireNonNull(f, "f");
        return f.vjp(x, u);
    }
}
