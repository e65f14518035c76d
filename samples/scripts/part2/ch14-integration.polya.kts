// polya — Part 2, Chapter 14: Integration
//
// The book's chapter 14 notebook implements the trapezoidal rule — cut [a, b] into n pieces and replace f on
// each by a straight line — and watches it close in on ∫₀¹ x² dx = 1/3. This sample writes that rule by hand,
// then Simpson's rule (and a broken one from the Math-for-ML notebooks, with the fix), then uses polya's
// integrators: Romberg, Gauss–Legendre, the adaptive Gauss–Kronrod `quad` with its error estimate (also on
// singular integrands and infinite ranges), and Monte Carlo.
// Run it with   ./polya run samples/scripts/part2/ch14-integration.polya.kts
//
// What you will see: the reference values of catalog §1.10, §2.3, §2.8 and §4.3 rows 30–31; and three figures —
//   ch14-trapezoid     the trapezoidal estimates of ∫₀¹ x² for n = 1 … 24 with the true value 1/3 (the book's);
//   ch14-area          the area under x² on [0, 2], and under 1/√x on (0, 1] and e^(−x²) on ℝ (quad's cases);
//   ch14-convergence   error against n on log–log axes: trapezoid (∝ 1/n²), Simpson (∝ 1/n⁴), the broken
//                      Simpson (stuck near 1/n), Gauss–Legendre (exponential).

import dev.polya.calculus.integration.GaussLegendre
import dev.polya.calculus.integration.MonteCarlo

// 1. The book's trapezoidal_rule, by hand: with h = (b − a)/n and xᵢ = a + i·h,
//    ∫ₐᵇ f ≈ h/2·(f(x₀) + f(xₙ)) + h·(f(x₁) + … + f(xₙ₋₁)).
fun trapezoidalRule(f: (Double) -> Double, a: Double, b: Double, n: Int): Double {
    val values = (0..n).map { i -> f(a + i * (b - a) / n) }
    return (b - a) / (2 * n) * (values.first() + values.last()) + (b - a) / n * values.subList(1, n).sum()
}
val square = { x: Double -> x * x }
println(listOf(1, 2, 4, 10, 24).map { trapezoidalRule(square, 0.0, 1.0, it) })
// >>> [0.5, 0.375, 0.34375, 0.335, 0.3336226851851852]

// 2. Every chord of the convex x² lies above the curve, so the rule overestimates — by exactly 1/(6n²) here
//    (the error is −(b − a)h²f″(ξ)/12 in general): halving h quarters the error.
println("n = 24: error ${trapezoidalRule(square, 0.0, 1.0, 24) - 1.0 / 3}, 1/(6·24²) = ${1.0 / (6 * 24 * 24)}")
// >>> n = 24: error 2.893518518518601E-4, 1/(6·24²) = 2.8935185185185184E-4
println("polya: trapezoid(x², 0..1, n = 24) = ${trapezoid(square, 0.0..1.0, n = 24)}")
// >>> polya: trapezoid(x², 0..1, n = 24) = 0.3336226851851852

// 3. The Math-for-ML notebook counts NODES instead: its trapezoidal_rule(f, a, b, n) uses n points, n − 1
//    intervals. On ∫₀² x² = 8/3 with n = 10, 50, 100, 500 nodes that is polya's trapezoid with 9, 49, 99, 499
//    intervals. (NumPy adds the middle values pairwise rather than left to right, so the last digit or two
//    can differ from the notebook's; we print 12 decimals.)
println(listOf(10, 50, 100, 500).map { "%.12f".format(trapezoid(square, 0.0..2.0, n = it - 1)) })
// >>> [2.683127572016, 2.667221990837, 2.666802707207, 2.666672021398]

// 4. Simpson's rule replaces f on each PAIR of intervals by the parabola through three nodes:
//    ∫ₐᵇ f ≈ h/3·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + 2fₙ₋₂ + 4fₙ₋₁ + fₙ), n even. It is exact for cubics.
fun simpsonByHand(f: (Double) -> Double, a: Double, b: Double, n: Int): Double {
    require(n >= 2 && n % 2 == 0) { "Simpson needs an even number of intervals, was $n" }
    val h = (b - a) / n
    val inner = (1 until n).sumOf { i -> (if (i % 2 == 1) 4 else 2) * f(a + i * h) }
    return h / 3 * (f(a) + inner + f(b))
}
println("Simpson by hand, n = 100: ${simpsonByHand(square, 0.0, 2.0, 100)}; polya: ${simpson(square, 0.0..2.0, n = 100)}; 8/3 = ${8.0 / 3}")
// >>> Simpson by hand, n = 100: 2.666666666666667; polya: 2.666666666666667; 8/3 = 2.6666666666666665

// 5. The Math-for-ML notebook's simpsons_rule(f, a, b, n = 100) returns 2.587213494671918 for ∫₀² x² — 3% off,
//    on a parabola, where Simpson should be exact. Its n counts nodes; it makes n even ("if n % 2 == 1: n += 1"),
//    but Simpson needs an even number of INTERVALS, i.e. an odd number of nodes; with 100 nodes (99 intervals)
//    the weights cannot pair up, and its slices y[1:-1:2] and y[2:-2:2] then skip the node before last
//    altogether. Reproduced by hand (to 12 decimals, as with the trapezoid above):
fun simpsonsRuleAsInTheNotebook(f: (Double) -> Double, a: Double, b: Double, nodes: Int = 100): Double {
    val n = if (nodes % 2 == 1) nodes + 1 else nodes          // the bug: it is n − 1 that must be even
    val h = (b - a) / (n - 1)
    val y = (0 until n).map { i -> f(a + i * h) }
    val odd = (1 until n - 1 step 2).sumOf { y[it] }         // y[1:-1:2]: 1, 3, …, n − 3
    val even = (2 until n - 2 step 2).sumOf { y[it] }        // y[2:-2:2]: 2, 4, …, n − 4 — node n − 2 is lost
    return h / 3 * (y.first() + 4 * odd + 2 * even + y.last())
}
println("notebook: ${"%.12f".format(simpsonsRuleAsInTheNotebook(square, 0.0, 2.0))}")
// >>> notebook: 2.587213494672
//    The fix: make the number of intervals even (nodes odd). polya's simpson takes the number of intervals and
//    rejects an odd one instead of quietly adjusting it.
println("fixed (101 nodes = 100 intervals): ${simpson(square, 0.0..2.0, n = 100)}")
// >>> fixed (101 nodes = 100 intervals): 2.666666666666667
try {
    simpson(square, 0.0..2.0, n = 99)
} catch (e: RuntimeException) {
    println(e.message)
}
// >>> simpson: the number of intervals n must be even and ≥ 2, was 99 (Simpson pairs the intervals up; n intervals means n + 1 nodes, an odd number)

// 6. Romberg: the trapezoidal rule for n = 1, 2, 4, 8, … extrapolated to h → 0 (Richardson), which cancels the
//    h², h⁴, … error terms in turn — Simpson is its first column. It returns the value with an error estimate
//    (the default tolerance is SciPy's, 1.49·10⁻⁸; the true error here is far smaller).
val rombergResult = romberg({ x -> exp(-x * x) }, 0.0..1.0)
println("Romberg ∫₀¹ e^(−x²) = ${"%.12f".format(rombergResult.value)} (error estimate ${"%.0e".format(rombergResult.error)}, ${rombergResult.evaluations} evaluations)")
// >>> Romberg ∫₀¹ e^(−x²) = 0.746824132812 (error estimate 3e-10, 33 evaluations)

// 7. Gauss–Legendre: choose the n nodes AND weights freely, and n points integrate every polynomial of degree
//    ≤ 2n − 1 exactly — twice what n equally spaced nodes can. With 3 points: x⁰ … x⁵ exact on [0, 1] (up to
//    rounding, ~10⁻¹⁶), x⁶ not: its error is 6!·3!⁴/(7·6!³) = 1/2800 ≈ 3.6·10⁻⁴.
val gauss3 = GaussLegendre.of(3)
println("3-point nodes on [−1, 1]: ${gauss3.nodes().map { "%.6f".format(it) }}, weights ${gauss3.weights().map { "%.6f".format(it) }}")
// >>> 3-point nodes on [−1, 1]: [-0.774597, 0.000000, 0.774597], weights [0.555556, 0.888889, 0.555556]
for (k in 0..6) {
    val error = gaussLegendre({ x -> x.pow(k) }, 0.0..1.0, n = 3) - 1.0 / (k + 1)
    println("∫₀¹ x^$k: error ${"%.1e".format(abs(error))}")
}
// >>> ∫₀¹ x^0: error 2.2e-16
// >>> ∫₀¹ x^1: error 1.1e-16
// >>> ∫₀¹ x^2: error 5.6e-17
// >>> ∫₀¹ x^3: error 5.6e-17
// >>> ∫₀¹ x^4: error 5.6e-17
// >>> ∫₀¹ x^5: error 2.8e-17
// >>> ∫₀¹ x^6: error 3.6e-04

// 8. quad: adaptive Gauss–Kronrod (QUADPACK's QAGS, SciPy's integrate.quad): the 21-point Kronrod rule and its
//    embedded 10-point Gauss rule on each piece give a value and an error estimate; the worst piece is halved
//    until the total estimate meets the tolerance. SciPy gives (2.666666666666667, 2.96e−14) for ∫₀² x².
val q = quad(square, 0.0..2.0)
println("quad(x², 0..2): ${q.value}, error estimate ${"%.1e".format(q.error)}, ${q.evaluations} evaluations, ${q.status()}")
// >>> quad(x², 0..2): 2.666666666666667, error estimate 3.0e-14, 21 evaluations, CONVERGED
println("∫₀¹ e^(−x² − sin² 3x) dx = ${"%.14f".format(integrate({ x -> exp(-x * x - sin(3 * x).pow(2)) }, 0.0..1.0))}")
// >>> ∫₀¹ e^(−x² − sin² 3x) dx = 0.46955590241324

// 9. Where fixed rules fail. 1/√x is infinite at 0 (a trapezoid cannot even evaluate it there), yet its integral
//    over (0, 1] is 2; quad subdivides toward the singularity and extrapolates the sequence of estimates
//    (Wynn's ε algorithm). Infinite ranges are mapped onto finite ones by a change of variable.
val singular = quad({ x -> 1 / sqrt(x) }, 0.0..1.0)
println("∫₀¹ 1/√x = ${"%.12f".format(singular.value)} (error estimate < 1e-10: ${singular.error < 1e-10}, ${singular.status()})")
// >>> ∫₀¹ 1/√x = 2.000000000000 (error estimate < 1e-10: true, CONVERGED)
println("∫₀¹ ln x = ${"%.12f".format(integrate({ x -> ln(x) }, 0.0..1.0))}")
// >>> ∫₀¹ ln x = -1.000000000000
val gaussian = integrate({ x -> exp(-x * x) }, Double.NEGATIVE_INFINITY..Double.POSITIVE_INFINITY)
println("∫ℝ e^(−x²) = ${"%.12f".format(gaussian)}, √π = ${"%.12f".format(sqrt(PI))}; ∫₀^∞ e^(−x) = ${"%.12f".format(integrate({ x -> exp(-x) }, 0.0..Double.POSITIVE_INFINITY))}")
// >>> ∫ℝ e^(−x²) = 1.772453850906, √π = 1.772453850906; ∫₀^∞ e^(−x) = 1.000000000000

// 10. quad reports, and does not hide, an integral it cannot do: ∫₀¹ 1/x diverges (its antiderivative ln x
//     falls to −∞ at 0). quad keeps halving the piece next to 0 until its budget of subintervals runs out —
//     where QUADPACK (and scipy.integrate.quad) stop with "maximum subdivisions" — and then sees why: every
//     halving of the distance to 0 added the same amount, ln 2. `integrate` would throw instead.
val divergent = quad({ x -> 1 / x }, 0.0..1.0)
println("∫₀¹ 1/x: status ${divergent.status()}, converged: ${divergent.isConverged()}")
// >>> ∫₀¹ 1/x: status DIVERGENT, converged: false
println(divergent.message())
// >>> the integral seems divergent at 0.0: every halving of the distance to it adds as much again (like ∫ dx/x), so no subdivision can converge (error estimate 9.35)

// 10b. What `integrate` does first: Clenshaw–Curtis. Sample f at the Chebyshev points cos(jπ/n), n = 2, 4, 8, …
//     (each level reuses the last), and integrate the polynomial through them. Its Chebyshev coefficients say
//     how far it has got: once the last ones are below the tolerance, f is resolved. A smooth integrand needs
//     far fewer points than adaptive Gauss–Kronrod — sin on [0, 100] (16 periods) at 1e-10: 129 against 315.
//     A kink, a jump or a singularity makes the coefficients decay slowly; the rule sees it after a few
//     levels (or at once, when f is infinite at an end) and hands the integral to quad.
val smooth = integral({ x -> sin(x) }, 0.0..100.0, relativeTolerance = 1e-10)
val adaptive = quad({ x -> sin(x) }, 0.0..100.0, relativeTolerance = 1e-10)
println("∫₀¹⁰⁰ sin: integral ${smooth.evaluations} evaluations, quad ${adaptive.evaluations}; values differ by ${"%.0e".format(abs(smooth.value - adaptive.value))}")
// >>> ∫₀¹⁰⁰ sin: integral 129 evaluations, quad 315; values differ by 3e-14
println("Clenshaw–Curtis with 5, 9, 17 points on ∫₀¹ eˣ: ${listOf(4, 8, 16).map { "%.1e".format(abs(clenshawCurtis({ x -> exp(x) }, 0.0..1.0, n = it) - (E - 1))) }}")
// >>> Clenshaw–Curtis with 5, 9, 17 points on ∫₀¹ eˣ: [3.4e-07, 1.6e-14, 2.2e-16]
val kink = integral({ x -> abs(x - 1.0 / 3) }, 0.0..1.0, relativeTolerance = 1e-10)
println("∫₀¹ |x − 1/3|: ${kink.evaluations} evaluations — ${kink.message().substringAfter("; first, ").substringBefore(" (error")}")
// >>> ∫₀¹ |x − 1/3|: 222 evaluations — Clenshaw–Curtis stopped at 33 points: the Chebyshev coefficients decay too slowly (algebraically, ratio 0.057 per doubling at 33 points): about 4 more doublings would be needed

// 11. Monte Carlo: the average of f at n uniform random points, times b − a. Its error falls only like 1/√n
//     (whatever the dimension — which is why it matters for high-dimensional integrals, not for this one).
//     A seeded stream makes it reproducible, with the same result on any number of threads. Antithetic pairs
//     (x, a + b − x) cancel much of the variation of a monotone f.
val plain = monteCarloIntegral(square, 0.0..1.0, n = 1_000_000, seed = 42)
val antithetic = monteCarloIntegral(square, 0.0..1.0, n = 1_000_000, seed = 42, sampling = MonteCarlo.Sampling.ANTITHETIC)
println("Monte Carlo ∫₀¹ x², 10⁶ points: plain ${"%.5f".format(plain.value())} ± ${"%.1e".format(plain.standardError())}, antithetic ${"%.5f".format(antithetic.value())} ± ${"%.1e".format(antithetic.standardError())}")
// >>> Monte Carlo ∫₀¹ x², 10⁶ points: plain 0.33302 ± 3.0e-04, antithetic 0.33324 ± 1.1e-04

// 12. The figures. The book's: trapezoidal estimates for n = 1 … 24 approach the true integral 1/3 (red).
val ns = (1..24).toList()
val trapezoidFigure = convergencePlot(ns, "trapezoidal rule" to ns.map { trapezoidalRule(square, 0.0, 1.0, it) }, exact = 1.0 / 3) +
    coordCartesian(ylim = 0.3 to 0.52) + theme().legendPositionNone() +
    ggtitle("Trapezoidal estimates of ∫₀¹ x² dx against n; the true value 1/3 in red") + ggsize(640, 400)
show(trapezoidFigure, "ch14-trapezoid.svg", "ch14-trapezoid.png")

// 13. Areas: x² on [0, 2] (area 8/3), 1/√x on (0, 1] (area 2, though the curve is unbounded) and e^(−x²) on ℝ
//     (area √π; drawn on [−3, 3]).
val areas = listOf(
    areaPlot({ x -> x * x }, 0.0..2.0) + ggtitle("∫₀² x² dx = 8/3"),
    areaPlot({ x -> 1 / sqrt(x) }, 0.0025..1.0) + coordCartesian(ylim = 0.0 to 8.0) + ggtitle("∫₀¹ dx/√x = 2"),
    areaPlot({ x -> exp(-x * x) }, -3.0..3.0) + ggtitle("∫ℝ e^(−x²) dx = √π"),
)
show(gggrid(areas, ncol = 3) + ggsize(1200, 380), "ch14-area.svg", "ch14-area.png")

// 14. Convergence on ∫₀¹ eˣ dx = e − 1 (a smooth integrand): the error against the number of evaluations.
//     Trapezoid falls like 1/n², Simpson like 1/n⁴ (until rounding, near 10⁻¹⁵); the notebook's broken Simpson
//     stalls at about 1/n (given an odd node count, it bumps it to the next even one — one more evaluation
//     than plotted); Gauss–Legendre reaches rounding level with a handful of points.
val exact = E - 1
val counts = listOf(3, 5, 9, 17, 33, 65, 129, 257)
fun errorOf(estimate: Double) = max(abs(estimate - exact), 1e-16)      // errors below 10⁻¹⁶ are drawn at 10⁻¹⁶
val convergenceFigure = convergencePlot(
    counts,
    "trapezoid" to counts.map { errorOf(trapezoid({ x -> exp(x) }, 0.0..1.0, n = it - 1)) },
    "Simpson" to counts.map { errorOf(simpson({ x -> exp(x) }, 0.0..1.0, n = it - 1)) },
    "the notebook's Simpson" to counts.map { errorOf(simpsonsRuleAsInTheNotebook({ x -> exp(x) }, 0.0, 1.0, nodes = it)) },
    "Gauss–Legendre" to counts.map { errorOf(gaussLegendre({ x -> exp(x) }, 0.0..1.0, n = it)) },
    logX = true, logY = true,
) + ggtitle("∫₀¹ eˣ dx: error against the number of evaluations") + xlab("evaluations of f") + ylab("|error|") + ggsize(700, 440)
show(convergenceFigure, "ch14-convergence.svg", "ch14-convergence.png")
