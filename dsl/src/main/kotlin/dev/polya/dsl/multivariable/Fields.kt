package dev.polya.dsl.multivariable

import dev.polya.core.DimensionMismatchException
import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.multivariable.DifferentiableFunction
import dev.polya.multivariable.GradientCheck
import dev.polya.multivariable.NumericDerivatives
import dev.polya.multivariable.VectorFunction
import dev.polya.multivariable.autodiff.Derivatives
import dev.polya.multivariable.autodiff.ScalarField
import dev.polya.multivariable.autodiff.Var
import dev.polya.multivariable.autodiff.VectorField

/*
 * Functions of several variables and their derivatives (chapters 15–16), by reverse-mode automatic
 * differentiation:
 *
 *     val f = fn { x, y -> x * x + 3 * x * y + sin(y) }        // ℝ² → ℝ; f(1.0, 2.0) is a Double
 *     val g = fn(3) { x -> x[0] * x[1] + exp(x[2]) }           // ℝ³ → ℝ; x is an array of AD scalars
 *     grad(f, at = vector(1, 2)); hessian(g, at = vector(1, 2, 0))
 *     val F = vectorFn(2) { x -> listOf(x[0] * x[1], sin(x[0]) + x[1]) }
 *     jacobian(F, at = vector(1, 2))
 *
 * Inside `fn { … }` the variables are `Var`s: +, −, ×, ÷ with numbers and the elementary functions below
 * accept them, and every operation is recorded on a tape that one backward sweep differentiates. The engine
 * (dev.polya.multivariable.autodiff) does all of it; plain lambdas over a Vector get central differences.
 */

/** A differentiable function of two variables: `fn { x, y -> x * x + 3 * x * y + sin(y) }`. */
public fun fn(f: (Var, Var) -> Var): ScalarField = ScalarField { v ->
    requireArity("fn { x, y -> … }", 2, v.size)
    f(v[0], v[1])
}

/** A differentiable function of three variables: `fn { x, y, z -> x * y * z }`. */
public fun fn(f: (Var, Var, Var) -> Var): ScalarField = ScalarField { v ->
    requireArity("fn { x, y, z -> … }", 3, v.size)
    f(v[0], v[1], v[2])
}

/** A differentiable function of [n] variables, given an array of them: `fn(3) { x -> x[0] * x[1] + exp(x[2]) }`. */
public fun fn(n: Int, f: (Array<Var>) -> Var): ScalarField {
    require(n >= 1) { "fn(n): the number of variables must be ≥ 1, was $n" }
    return ScalarField { v ->
        requireArity("fn($n) { x -> … }", n, v.size)
        f(v)
    }
}

/** A differentiable function ℝⁿ → ℝᵐ of [n] variables: `vectorFn(2) { x -> listOf(x[0] * x[1], sin(x[0]) + x[1]) }`. */
public fun vectorFn(n: Int, f: (Array<Var>) -> List<Var>): VectorField {
    require(n >= 1) { "vectorFn(n): the number of variables must be ≥ 1, was $n" }
    return VectorField { v ->
        requireArity("vectorFn($n) { x -> … }", n, v.size)
        f(v).toTypedArray()
    }
}

/** f at a point given coordinate by coordinate: `f(1.0, 2.0)`. */
public operator fun ScalarField.invoke(vararg x: Double): Double = applyAsDouble(Vector.of(*x))

/** F at a point given coordinate by coordinate: `F(1.0, 2.0)`. */
public operator fun VectorField.invoke(vararg x: Double): Vector = apply(Vector.of(*x))

/** The gradient ∇f at [at], exact (one reverse sweep over the recorded operations). */
public fun grad(f: DifferentiableFunction, at: Vector): Vector = f.gradient(at)

/** The gradient ∇f as a function ℝⁿ → ℝⁿ: `grad(f)(vector(1, 2))`, or a vector field to draw. */
public fun grad(f: ScalarField): VectorFunction = Derivatives.gradient(f)

/** The gradient of a plain lambda over a Vector at [at], by central differences (2n evaluations). */
public fun grad(f: (Vector) -> Double, at: Vector): Vector = NumericDerivatives.gradient({ v -> f(v) }, at)

/** The Hessian ∇²f at [at], exact and symmetric (forward-over-reverse: n Hessian–vector products). */
public fun hessian(f: ScalarField, at: Vector): Matrix = f.hessian(at)

/** The Hessian of a plain lambda over a Vector at [at], by central differences. */
public fun hessian(f: (Vector) -> Double, at: Vector): Matrix = NumericDerivatives.hessian({ v -> f(v) }, at)

/** The Hessian–vector product ∇²f(x)·v without forming the Hessian (one forward-over-reverse sweep). */
public fun hvp(f: ScalarField, at: Vector, v: Vector): Vector = f.hessianVectorProduct(at, v)

/** The Jacobian J = ∂Fᵢ/∂xⱼ at [at] (m×n), exact: forward mode when n < m, reverse mode otherwise. */
public fun jacobian(f: VectorField, at: Vector): Matrix = f.jacobian(at)

/** The Jacobian of a plain lambda ℝⁿ → ℝᵐ over Vectors at [at], by central differences. */
public fun jacobian(f: (Vector) -> Vector, at: Vector): Matrix = NumericDerivatives.jacobian({ v -> f(v) }, at)

/** The Jacobian–vector product J·v at [at] (one forward sweep). */
public fun jvp(f: VectorField, at: Vector, v: Vector): Vector = f.jvp(at, v)

/** The vector–Jacobian product uᵀJ at [at] (one reverse sweep): the backward pass of a layer. */
public fun vjp(f: VectorField, at: Vector, u: Vector): Vector = f.vjp(at, u)

/**
 * Compares the gradient of [f] with central differences at [at]: `.worstRelativeError` (|g − d| / max(1, |g|, |d|)),
 * `.worstIndex`, `.gradient`, `.numeric`; prints as "worst relative error 3.1e-11 at index 2".
 */
public fun checkGradient(f: DifferentiableFunction, at: Vector): GradientCheck = GradientCheck.checkGradient(f, at)

private fun requireArity(what: String, expected: Int, actual: Int) {
    if (expected != actual) throw DimensionMismatchException("$what takes $expected variables, was given $actual")
}
