package dev.polya.dsl.calculus

import dev.polya.calculus.integration.ClenshawCurtis
import dev.polya.calculus.integration.GaussLegendre
import dev.polya.calculus.integration.IntegrationResult
import dev.polya.calculus.integration.Integrator
import dev.polya.calculus.integration.Quad
import dev.polya.calculus.integration.Romberg
import dev.polya.calculus.integration.Simpson
import dev.polya.calculus.integration.Trapezoid

/*
 * Integrals (chapter 14): integrate for the number, integral for the number with its error estimate and cost
 * (polya's strategy: Clenshaw–Curtis first, QUADPACK when the integrand is not smooth), quad for exactly what
 * scipy.integrate.quad computes. Infinite bounds are fine:
 * `integrate({ x -> exp(-x * x) }, Double.NEGATIVE_INFINITY..Double.POSITIVE_INFINITY)`.
 */

/**
 * ∫ f over [range] to a relative tolerance of [relativeTolerance] (and scipy's absolute 1.49e-8): nested
 * Clenshaw–Curtis on a smooth integrand, QUADPACK's adaptive Gauss–Kronrod (QAGS/QAGI) otherwise
 * ([Integrator]); an integral that cannot be computed to the tolerance is an error that says why.
 */
public fun integrate(
    f: (Double) -> Double,
    range: ClosedFloatingPointRange<Double>,
    relativeTolerance: Double = Quad.Options.DEFAULT.relativeTolerance(),
): Double = integral(f, range, relativeTolerance).requireConverged().value()

/**
 * What [integrate] computes, with its error estimate and cost: `.value`, `.error`, `.evaluations`, `.status`
 * (the evaluations of both stages when Clenshaw–Curtis hands over to Quad).
 */
public fun integral(
    f: (Double) -> Double,
    range: ClosedFloatingPointRange<Double>,
    relativeTolerance: Double = Quad.Options.DEFAULT.relativeTolerance(),
): IntegrationResult = Integrator.integrate(
    { f(it) }, range.start, range.endInclusive,
    Quad.Options.DEFAULT.withRelativeTolerance(relativeTolerance),
)

/**
 * ∫ f over [range] by QUADPACK's QAGS/QAGI exactly as `scipy.integrate.quad` (same value, error estimate and
 * evaluations), with its error estimate and cost: `.value`, `.error`, `.evaluations`, `.status`.
 */
public fun quad(
    f: (Double) -> Double,
    range: ClosedFloatingPointRange<Double>,
    relativeTolerance: Double = Quad.Options.DEFAULT.relativeTolerance(),
): IntegrationResult = Quad.integrate(
    { f(it) }, range.start, range.endInclusive,
    Quad.Options.DEFAULT.withRelativeTolerance(relativeTolerance),
)

/** The integral's estimate. */
public val IntegrationResult.value: Double get() = value()

/** The estimate of |estimate − true value|. */
public val IntegrationResult.error: Double get() = errorEstimate()

/** How many times the integrand was evaluated. */
public val IntegrationResult.evaluations: Int get() = evaluations()

/** The composite trapezoidal rule with [n] equal intervals (the book's `trapezoidal_rule`). */
public fun trapezoid(f: (Double) -> Double, range: ClosedFloatingPointRange<Double>, n: Int): Double =
    Trapezoid.integrate({ f(it) }, range.start, range.endInclusive, n)

/** The composite Simpson rule with [n] equal intervals (n even). */
public fun simpson(f: (Double) -> Double, range: ClosedFloatingPointRange<Double>, n: Int): Double =
    Simpson.integrate({ f(it) }, range.start, range.endInclusive, n)

/** Romberg integration (Richardson extrapolation of the trapezoidal rule), with its error estimate. */
public fun romberg(f: (Double) -> Double, range: ClosedFloatingPointRange<Double>): IntegrationResult =
    Romberg.integrate({ f(it) }, range.start, range.endInclusive)

/** The (n + 1)-point Clenshaw–Curtis rule on [range] (n = 2, 4, …, 256), exact for polynomials of degree n. */
public fun clenshawCurtis(f: (Double) -> Double, range: ClosedFloatingPointRange<Double>, n: Int): Double =
    ClenshawCurtis.rule({ f(it) }, range.start, range.endInclusive, n)

/** The n-point Gauss–Legendre rule on [range], exact for polynomials of degree 2n − 1. */
public fun gaussLegendre(f: (Double) -> Double, range: ClosedFloatingPointRange<Double>, n: Int): Double =
    GaussLegendre.of(n).integrate({ f(it) }, range.start, range.endInclusive)
