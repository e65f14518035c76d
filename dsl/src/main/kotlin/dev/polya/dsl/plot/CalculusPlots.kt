package dev.polya.dsl.plot

import dev.polya.calculus.autodiff.Differentiable
import dev.polya.linalg.Vector
import org.jetbrains.letsPlot.geom.geomHLine
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPath
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.geom.geomRibbon
import org.jetbrains.letsPlot.geom.geomText
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.intern.Scale
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleXLog10
import org.jetbrains.letsPlot.scale.scaleYLog10
import java.util.function.DoubleUnaryOperator
import kotlin.math.ceil
import kotlin.math.floor
import kotlin.math.log10
import kotlin.math.pow

/*
 * The figures of part 2 (calculus, chapters 9–14): a function with its derivatives over a range, a sequence
 * as points, an optimizer's path drawn over the curve, the area under a curve, and estimates against n with
 * the true value as a line. Each evaluates the functions it is given (the numbers come from the engine or the
 * script) and returns Lets-Plot's own Plot, so a script keeps adding `+ ggtitle(…)`, `+ ggsize(…)`,
 * `+ xlab(…)`, `+ coordCartesian(ylim = …)`.
 *
 * A single function is a `DoubleUnaryOperator`, so a lambda `{ x -> x * x }` and an engine function (`fn { … }`,
 * a `RealFunction`) both fit; curves given as `"name" to f` pairs are Kotlin lambdas
 * (`"σ′" to { x: Double -> dsigma(x) }`). Points where a function is NaN or infinite are left out, so a
 * function undefined at a point ((x² − 4)/(x − 2) at 2) or blowing up near one (1/√x at 0) still draws.
 */

/** The default number of points a curve is sampled at (an odd number, so the middle of the range is one). */
public const val CURVE_POINTS: Int = 401

/**
 * Several functions over [range] on one set of axes, one colour each, with a legend in the order given:
 * `functionPlot(-5.0..5.0, "sin x" to { x: Double -> sin(x) }, "cos x" to { x: Double -> cos(x) })`.
 * [colors] overrides the colours ([Palette.categorical] by default); each curve is sampled at [points]
 * evenly spaced points.
 */
public fun functionPlot(
    range: ClosedFloatingPointRange<Double>,
    vararg curves: Pair<String, (Double) -> Double>,
    colors: List<String>? = null,
    points: Int = CURVE_POINTS,
): Plot {
    require(curves.isNotEmpty()) { "functionPlot: no curves to draw" }
    requireRange("functionPlot", range, points)
    val names = curves.map { it.first }
    require(names.toSet().size == names.size) { "functionPlot: curve names must differ, were $names" }
    val xs = grid(range, points)
    val name = mutableListOf<String>()
    val x = mutableListOf<Double>()
    val y = mutableListOf<Double>()
    for ((label, f) in curves) {
        for (xi in xs) {
            val yi = f(xi)
            if (yi.isFinite()) {
                name += label; x += xi; y += yi
            }
        }
    }
    val palette = colors ?: Palette.categorical
    require(palette.size >= curves.size) { "functionPlot: ${curves.size} curves but ${palette.size} colours" }
    return letsPlot(mapOf("x" to x, "y" to y, "curve" to name)) +
        geomLine(size = 1.2) { this.x = "x"; this.y = "y"; color = "curve" } +
        scaleColorManual(values = palette.take(curves.size), limits = names, name = "") +
        labs(x = "x", y = "")
}

/**
 * A differentiable function [f] over [range] with its first [derivatives] derivatives (exact, by automatic
 * differentiation), named [name], [name]′, [name]″, [name]‴, [name]⁗: `functionPlot(fn { x -> sigmoid(x) }, -10.0..10.0, name = "σ")`.
 */
public fun functionPlot(
    f: Differentiable,
    range: ClosedFloatingPointRange<Double>,
    derivatives: Int = 1,
    name: String = "f",
    points: Int = CURVE_POINTS,
): Plot {
    require(derivatives in 0..4) { "functionPlot: derivatives must be in 0..4, was $derivatives" }
    val curves = (0..derivatives).map { k ->
        val fk = f.derivative(k)
        name + listOf("", "′", "″", "‴", "⁗")[k] to { x: Double -> fk.applyAsDouble(x) }
    }
    return functionPlot(range, *curves.toTypedArray(), points = points)
}

/**
 * Sequences as points against their index n = [first], [first] + 1, … (the book's chapter 10 scatter plots),
 * one colour each with a legend: `sequencePlot("1/n" to RealSequence { 1.0 / it }.terms(1, 20), limit = 0.0)`.
 * [limit] draws a dashed horizontal line at the limit; [curve] draws a function of n as a line under the points
 * (ln n + γ under the harmonic numbers), named in the legend.
 */
public fun sequencePlot(
    vararg sequences: Pair<String, Vector>,
    first: Int = 1,
    limit: Double? = null,
    curve: Pair<String, (Double) -> Double>? = null,
): Plot {
    require(sequences.isNotEmpty()) { "sequencePlot: no sequences to draw" }
    val names = sequences.map { it.first }
    val n = mutableListOf<Int>()
    val value = mutableListOf<Double>()
    val series = mutableListOf<String>()
    for ((label, terms) in sequences) {
        for (i in 0 until terms.size()) {
            val a = terms[i]
            if (a.isFinite()) {
                n += first + i; value += a; series += label
            }
        }
    }
    val last = first + sequences.maxOf { it.second.size() } - 1
    var plot = letsPlot()
    val legend = mutableListOf<String>()
    if (curve != null) {
        val xs = grid(first.toDouble()..last.toDouble(), CURVE_POINTS)
        val ys = xs.map { curve.second(it) }
        val keep = ys.indices.filter { ys[it].isFinite() }
        plot += geomLine(
            data = mapOf("n" to keep.map { xs[it] }, "value" to keep.map { ys[it] }, "series" to keep.map { curve.first }),
            size = 2.0,
        ) { x = "n"; y = "value"; color = "series" }
        legend += curve.first
    }
    if (limit != null) plot += geomHLine(yintercept = limit, color = Palette.GREY, linetype = "dashed", size = 0.8)
    plot += geomPoint(data = mapOf("n" to n, "value" to value, "series" to series), size = 3.0) {
        x = "n"; y = "value"; color = "series"
    }
    legend += names
    val palette = if (curve != null) listOf(Palette.RED) + Palette.categorical.filter { it != Palette.RED } else Palette.categorical
    return plot + scaleColorManual(values = palette.take(legend.size), limits = legend, name = "") + labs(x = "n", y = "")
}

/**
 * An optimizer's iterates drawn over the curve of [f] (the book's `plot_gradient_descent`): the curve in blue,
 * the points (xₖ, f(xₖ)) of [path] in red, joined in order, the start labelled x₀. The curve spans [range],
 * by default the path's span widened by a quarter on each side. Works for any path — gradient descent,
 * Newton, golden section (`result.path`).
 */
public fun descentPlot(f: DoubleUnaryOperator, path: Vector, range: ClosedFloatingPointRange<Double>? = null): Plot {
    require(path.size() >= 1) { "descentPlot: the path is empty" }
    val xs = path.toArray().asList()
    val finite = xs.filter { it.isFinite() }
    require(finite.isNotEmpty()) { "descentPlot: the path has no finite point" }
    val view = range ?: run {
        val (low, high) = finite.min() to finite.max()
        val pad = 0.25 * (high - low).coerceAtLeast(1.0)
        (low - pad)..(high + pad)
    }
    requireRange("descentPlot", view, CURVE_POINTS)
    val curveX = grid(view, CURVE_POINTS)
    val curveY = curveX.map { f.applyAsDouble(it) }
    val keep = curveY.indices.filter { curveY[it].isFinite() }
    val pathX = finite
    val pathY = pathX.map { f.applyAsDouble(it) }
    val span = (keep.maxOfOrNull { curveY[it] } ?: 1.0) - (keep.minOfOrNull { curveY[it] } ?: 0.0)
    return letsPlot() +
        geomLine(data = mapOf("x" to keep.map { curveX[it] }, "y" to keep.map { curveY[it] }), color = Palette.BLUE, size = 1.2) {
            x = "x"; y = "y"
        } +
        geomPath(data = mapOf("x" to pathX, "y" to pathY), color = Palette.RED, size = 0.8) { x = "x"; y = "y" } +
        geomPoint(data = mapOf("x" to pathX, "y" to pathY), color = Palette.RED, size = 2.5) { x = "x"; y = "y" } +
        geomText(x = pathX.first(), y = pathY.first() + 0.05 * span.coerceAtLeast(1e-9), label = "x₀", color = Palette.RED, size = 8) +
        labs(x = "x", y = "f(x)")
}

/**
 * The area under [f] over [area], filled, on the curve of f over [view] (the whole of [area] unless given):
 * `areaPlot({ x -> x * x }, 0.0..2.0)`. The region between the x axis and the curve is shaded, so a part below
 * the axis shows as negative area.
 */
public fun areaPlot(
    f: DoubleUnaryOperator,
    area: ClosedFloatingPointRange<Double>,
    view: ClosedFloatingPointRange<Double> = area,
    points: Int = CURVE_POINTS,
): Plot {
    requireRange("areaPlot", area, points)
    requireRange("areaPlot", view, points)
    fun sample(r: ClosedFloatingPointRange<Double>): Pair<List<Double>, List<Double>> {
        val xs = grid(r, points)
        val ys = xs.map { f.applyAsDouble(it) }
        val keep = ys.indices.filter { ys[it].isFinite() }
        return keep.map { xs[it] } to keep.map { ys[it] }
    }
    val (ax, ay) = sample(area)
    val (vx, vy) = sample(view)
    return letsPlot() +
        geomRibbon(
            data = mapOf("x" to ax, "ymin" to ax.map { 0.0 }, "ymax" to ay),
            fill = Palette.BLUE, alpha = 0.3, color = Palette.BLUE, size = 0.0,
        ) { x = "x"; ymin = "ymin"; ymax = "ymax" } +
        geomHLine(yintercept = 0.0, color = Palette.GREY, size = 0.5) +
        geomLine(data = mapOf("x" to vx, "y" to vy), color = Palette.BLUE, size = 1.2) { x = "x"; y = "y" } +
        labs(x = "x", y = "f(x)")
}

/**
 * Estimates against n (or against a step h) with the true value as a red line (the book's chapter 14 figure
 * of the trapezoidal rule for n = 1 … 24): one colour per series, points joined by a thin line.
 * `convergencePlot((1..24).toList(), "trapezoid" to estimates, exact = 1.0 / 3)`. [logX] and [logY] put the
 * axes on log scales (errors against n or h; the values must then be positive).
 */
public fun convergencePlot(
    x: List<Number>,
    vararg series: Pair<String, List<Double>>,
    exact: Double? = null,
    logX: Boolean = false,
    logY: Boolean = false,
): Plot {
    require(series.isNotEmpty()) { "convergencePlot: no series to draw" }
    series.forEach { (name, values) ->
        require(values.size == x.size) { "convergencePlot: ${x.size} x values but ${values.size} values in '$name'" }
    }
    val names = series.map { it.first }
    val rows = series.flatMap { (name, values) -> x.indices.filter { values[it].isFinite() }.map { Triple(name, x[it], values[it]) } }
    val data = mapOf("x" to rows.map { it.second }, "y" to rows.map { it.third }, "series" to rows.map { it.first })
    var plot = letsPlot(data)
    if (exact != null) plot += geomHLine(yintercept = exact, color = Palette.RED, size = 1.0)
    plot += geomLine(size = 0.6, alpha = 0.6) { this.x = "x"; y = "y"; color = "series" }
    plot += geomPoint(size = 3.0) { this.x = "x"; y = "y"; color = "series" }
    plot += scaleColorManual(values = Palette.categorical.filter { it != Palette.RED }.take(names.size), limits = names, name = "")
    if (logX) plot += logScale(rows.map { it.second.toDouble() }, "logX", x = true)
    if (logY) plot += logScale(rows.map { it.third } + listOfNotNull(exact), "logY", x = false)
    return plot + labs(x = "n", y = "")
}

/**
 * A log₁₀ scale over [values]: limits the data's span widened by 2× each way; breaks at the decades (at most 9),
 * or at 1, 2, 5 × 10ᵏ when the span is under three decades; whole numbers as such (n = 10, 100), others as 1e-8.
 */
private fun logScale(values: List<Double>, who: String, x: Boolean): Scale {
    val positive = values.filter { it > 0 && it.isFinite() }
    require(positive.isNotEmpty()) { "convergencePlot: $who needs positive values" }
    val (low, high) = positive.min() / 2 to positive.max() * 2
    val first = floor(log10(low)).toInt()
    val last = ceil(log10(high)).toInt()
    val mantissas = if (last - first <= 3) listOf(1.0, 2.0, 5.0) else listOf(1.0)
    val every = ((last - first) / 8 + 1).coerceAtLeast(1)
    val breaks = (first..last).filter { (it - first) % every == 0 }
        .flatMap { k -> mantissas.map { m -> m * 10.0.pow(k) } }
        .filter { it in low..high }
    val format = if (breaks.all { it >= 1 }) "d" else ".0e"
    return if (x) scaleXLog10(limits = low to high, breaks = breaks, format = format)
    else scaleYLog10(limits = low to high, breaks = breaks, format = format)
}

/** [points] evenly spaced points from the start of [range] to its end, both included. */
internal fun grid(range: ClosedFloatingPointRange<Double>, points: Int): List<Double> {
    val (a, b) = range.start to range.endInclusive
    return List(points) { i -> if (i == points - 1) b else a + (b - a) * i / (points - 1) }
}

internal fun requireRange(who: String, range: ClosedFloatingPointRange<Double>, points: Int) {
    require(range.start.isFinite() && range.endInclusive.isFinite() && range.start < range.endInclusive) {
        "$who: the range must be finite and not empty, was $range"
    }
    require(points >= 2) { "$who: need at least 2 points, was $points" }
}
