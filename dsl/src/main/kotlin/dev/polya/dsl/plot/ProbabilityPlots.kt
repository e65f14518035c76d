package dev.polya.dsl.plot

import dev.polya.dsl.probability.histogram
import dev.polya.dsl.probability.runningMeans
import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.distributions.ContinuousDistribution
import dev.polya.probability.distributions.DiscreteDistribution
import dev.polya.probability.statistics.Histogram
import org.jetbrains.letsPlot.Stat
import org.jetbrains.letsPlot.coord.coordCartesian
import org.jetbrains.letsPlot.geom.geomBar
import org.jetbrains.letsPlot.geom.geomHLine
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomRect
import org.jetbrains.letsPlot.gggrid
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.intern.figure.SubPlotsFigure
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.pos.positionDodge
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleFillManual
import org.jetbrains.letsPlot.scale.scaleXContinuous
import kotlin.math.max

/*
 * The figures of part 4 (probability, chapters 18–20): PMF bars, pdf and cdf curves for several parameters,
 * a histogram with a density over it, running means converging to the expectation, and small multiples with
 * shared axes. The numbers come from the engine (pmf, pdf, cdf, Histogram, running means); these functions
 * only lay them out, and return Lets-Plot's own Plot (or a grid of plots) for more `+ ggtitle(…)`.
 */

/** The probability mass function of [d] over [range] as bars: `pmfPlot(Binomial(20, 0.5), 0..20)`. */
public fun pmfPlot(d: DiscreteDistribution, range: IntRange, color: String = Palette.BLUE): Plot {
    require(!range.isEmpty()) { "pmfPlot: the range $range is empty" }
    val ks = range.toList()
    return letsPlot(mapOf("k" to ks, "p" to ks.map { d.pmf(it.toLong()) })) +
        geomBar(stat = Stat.identity, fill = color, width = 0.8) { x = "k"; y = "p" } +
        integerAxis(range) +
        labs(x = "k", y = "P(X = k)")
}

/**
 * Several PMFs over [range] side by side, one colour each, with a legend in the order given:
 * `pmfPlot(0..20, "p = 0.2" to Binomial(20, 0.2), "p = 0.5" to Binomial(20, 0.5))`.
 */
public fun pmfPlot(range: IntRange, vararg distributions: Pair<String, DiscreteDistribution>): Plot {
    require(distributions.isNotEmpty()) { "pmfPlot: no distributions to draw" }
    require(!range.isEmpty()) { "pmfPlot: the range $range is empty" }
    val names = distinctNames("pmfPlot", distributions.map { it.first })
    val k = mutableListOf<Int>()
    val p = mutableListOf<Double>()
    val name = mutableListOf<String>()
    for ((label, d) in distributions) {
        for (ki in range) {
            k += ki; p += d.pmf(ki.toLong()); name += label
        }
    }
    return letsPlot(mapOf("k" to k, "p" to p, "distribution" to name)) +
        geomBar(stat = Stat.identity, position = positionDodge(0.85), width = 0.85) { x = "k"; y = "p"; fill = "distribution" } +
        scaleFillManual(values = colors("pmfPlot", names.size), limits = names, name = "") +
        integerAxis(range) +
        labs(x = "k", y = "P(X = k)")
}

/** The densities of several distributions over [range] on one set of axes: `pdfPlot(-5.0..5.0, "ν = 1" to StudentT(1), "normal" to Normal(0, 1))`. */
public fun pdfPlot(
    range: ClosedFloatingPointRange<Double>,
    vararg distributions: Pair<String, ContinuousDistribution>,
    points: Int = CURVE_POINTS,
): Plot = curvesOf("pdfPlot", range, distributions, points, "density") { d, x -> d.pdf(x) }

/** The distribution functions P(X ≤ x) of several distributions over [range] on one set of axes. */
public fun cdfPlot(
    range: ClosedFloatingPointRange<Double>,
    vararg distributions: Pair<String, ContinuousDistribution>,
    points: Int = CURVE_POINTS,
): Plot = curvesOf("cdfPlot", range, distributions, points, "P(X ≤ x)") { d, x -> d.cdf(x) } +
    coordCartesian(ylim = 0.0 to 1.0)

/**
 * The histogram of [xs] as densities (bar areas sum to 1, bins as `numpy.histogram`), with the density of
 * [density] drawn over it when given: `histogramPlot(sample(Normal(0, 1), 10_000), bins = 40, density = Normal(0, 1))`.
 */
public fun histogramPlot(xs: Vector, bins: Int = 30, density: ContinuousDistribution? = null, color: String = Palette.BLUE): Plot =
    histogramPlot(histogram(xs, bins), density, color)

/**
 * The histogram of [xs] over explicit bin [edges] (increasing; values outside are not counted), as densities,
 * with [density] drawn over it when given. Averages of n dice take the values k/n, so edges halfway between
 * them keep every bar on one value.
 */
public fun histogramPlot(xs: Vector, edges: Vector, density: ContinuousDistribution? = null, color: String = Palette.BLUE): Plot =
    histogramPlot(Histogram.of(xs, edges), density, color)

/** A histogram computed already (counts, densities and edges), drawn as densities with [density] over it when given. */
public fun histogramPlot(h: Histogram, density: ContinuousDistribution? = null, color: String = Palette.BLUE): Plot {
    val edges = h.edges().toArray()
    val heights = h.densities().toArray()
    val bars = mapOf(
        "xmin" to edges.dropLast(1), "xmax" to edges.drop(1),
        "ymin" to List(heights.size) { 0.0 }, "ymax" to heights.toList(),
    )
    var plot = letsPlot() +
        geomRect(data = bars, fill = color, color = color, alpha = 0.8, size = 0.2) {
            xmin = "xmin"; xmax = "xmax"; ymin = "ymin"; ymax = "ymax"
        }
    if (density != null) {
        val xsGrid = grid(edges.first()..edges.last(), CURVE_POINTS)
        plot += geomLine(data = mapOf("x" to xsGrid, "y" to xsGrid.map { density.pdf(it) }), color = Palette.RED, size = 1.2) {
            x = "x"; y = "y"
        }
    }
    return plot + labs(x = "x", y = "density")
}

/**
 * The running means X̄₁, X̄₂, … of [draws] (one curve; or one curve per row of a matrix of repeated
 * experiments) against n, with the [expectation] as a dashed line: the law of large numbers.
 */
public fun runningMeanPlot(draws: Vector, expectation: Double): Plot = runningMeanPlot(Matrix.ofRows(draws), expectation)

/** The running means of each row of [experiments] (k experiments of n draws) against n, with the [expectation] as a dashed line. */
public fun runningMeanPlot(experiments: Matrix, expectation: Double): Plot {
    val n = mutableListOf<Int>()
    val mean = mutableListOf<Double>()
    val run = mutableListOf<String>()
    for (i in 0 until experiments.rows()) {
        val means = runningMeans(experiments.row(i))
        for (k in 0 until means.size()) {
            n += k + 1; mean += means[k]; run += "experiment ${i + 1}"
        }
    }
    val single = experiments.rows() == 1
    var plot = letsPlot(mapOf("n" to n, "mean" to mean, "run" to run))
    plot += if (single) geomLine(color = Palette.BLUE, size = 0.9) { x = "n"; y = "mean" }
    else geomLine(size = 0.6, alpha = 0.8, showLegend = false) { x = "n"; y = "mean"; color = "run" }
    if (!single) plot += scaleColorManual(values = List(experiments.rows()) { Palette.categorical[it % Palette.categorical.size] })
    return plot +
        geomHLine(yintercept = expectation, color = Palette.RED, linetype = "dashed", size = 1.0) +
        labs(x = "n", y = "running mean")
}

/**
 * Small multiples: [plots] side by side in [ncol] columns (one row by default), their inner areas aligned.
 * Give the panels shared axes by building them with the same limits, as [pdfPanels] does.
 */
public fun panels(plots: List<Plot>, ncol: Int = plots.size): SubPlotsFigure {
    require(plots.isNotEmpty()) { "panels: no plots" }
    require(ncol >= 1) { "panels: ncol must be ≥ 1, was $ncol" }
    return gggrid(plots, ncol = ncol, align = true)
}

/**
 * One density per panel, titled, all over the same [range] and the same y axis (up to the tallest density
 * drawn): `pdfPanels(-4.0..4.0, "ν = 1" to StudentT(1), "ν = 5" to StudentT(5), "normal" to Normal(0, 1))`.
 */
public fun pdfPanels(
    range: ClosedFloatingPointRange<Double>,
    vararg distributions: Pair<String, ContinuousDistribution>,
    ncol: Int = distributions.size,
    points: Int = CURVE_POINTS,
): SubPlotsFigure {
    require(distributions.isNotEmpty()) { "pdfPanels: no distributions to draw" }
    requireRange("pdfPanels", range, points)
    val xs = grid(range, points)
    val curves = distributions.map { (_, d) -> xs.map { d.pdf(it) } }
    val top = curves.maxOf { c -> c.filter { it.isFinite() }.maxOrNull() ?: 0.0 }
    val plots = distributions.mapIndexed { i, (title, _) ->
        val ok = curves[i].indices.filter { curves[i][it].isFinite() }
        letsPlot(mapOf("x" to ok.map { xs[it] }, "y" to ok.map { curves[i][it] })) +
            geomLine(color = Palette.categorical[i % Palette.categorical.size], size = 1.2) { x = "x"; y = "y" } +
            coordCartesian(xlim = range.start to range.endInclusive, ylim = 0.0 to max(top * 1.05, 1e-300)) +
            ggtitle(title) + labs(x = "x", y = "density")
    }
    return panels(plots, ncol)
}

/**
 * One PMF per panel, titled, all over the same [range] and the same y axis:
 * `pmfPanels(0..20, "Binomial(20, ½)" to Binomial(20, 0.5), "Poisson(10)" to Poisson(10.0))`.
 */
public fun pmfPanels(range: IntRange, vararg distributions: Pair<String, DiscreteDistribution>, ncol: Int = distributions.size): SubPlotsFigure {
    require(distributions.isNotEmpty()) { "pmfPanels: no distributions to draw" }
    val top = distributions.maxOf { (_, d) -> range.maxOf { d.pmf(it.toLong()) } }
    val plots = distributions.mapIndexed { i, (title, d) ->
        pmfPlot(d, range, Palette.categorical[i % Palette.categorical.size]) +
            coordCartesian(ylim = 0.0 to top * 1.05) + ggtitle(title)
    }
    return panels(plots, ncol)
}

private fun <D> curvesOf(
    who: String,
    range: ClosedFloatingPointRange<Double>,
    distributions: Array<out Pair<String, D>>,
    points: Int,
    yLabel: String,
    value: (D, Double) -> Double,
): Plot {
    require(distributions.isNotEmpty()) { "$who: no distributions to draw" }
    requireRange(who, range, points)
    val names = distinctNames(who, distributions.map { it.first })
    val xs = grid(range, points)
    val x = mutableListOf<Double>()
    val y = mutableListOf<Double>()
    val name = mutableListOf<String>()
    for ((label, d) in distributions) {
        for (xi in xs) {
            val yi = value(d, xi)
            if (yi.isFinite()) {
                x += xi; y += yi; name += label
            }
        }
    }
    return letsPlot(mapOf("x" to x, "y" to y, "distribution" to name)) +
        geomLine(size = 1.2) { this.x = "x"; this.y = "y"; color = "distribution" } +
        scaleColorManual(values = colors(who, names.size), limits = names, name = "") +
        labs(x = "x", y = yLabel)
}

private fun distinctNames(who: String, names: List<String>): List<String> {
    require(names.toSet().size == names.size) { "$who: names must differ, were $names" }
    return names
}

private fun colors(who: String, n: Int): List<String> {
    require(n <= Palette.categorical.size) { "$who: at most ${Palette.categorical.size} series, was $n" }
    return Palette.categorical.take(n)
}

/** Integer breaks on the x axis, at most about 12 of them. */
private fun integerAxis(range: IntRange) = run {
    val span = range.last - range.first
    val step = max(1, (span + 11) / 12)
    scaleXContinuous(breaks = (range.first..range.last step step).toList(), format = "d")
}
