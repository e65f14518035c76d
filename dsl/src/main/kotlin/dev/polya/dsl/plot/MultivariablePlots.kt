package dev.polya.dsl.plot

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.multivariable.DifferentiableFunction
import dev.polya.multivariable.FunctionGrid
import dev.polya.multivariable.MultivariateFunction
import dev.polya.multivariable.optimize.MinimizationResult
import org.jetbrains.letsPlot.geom.extras.arrow
import org.jetbrains.letsPlot.geom.geomContour
import org.jetbrains.letsPlot.geom.geomContourFilled
import org.jetbrains.letsPlot.intern.Feature
import org.jetbrains.letsPlot.geom.geomLine
import org.jetbrains.letsPlot.geom.geomPath
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.geom.geomRaster
import org.jetbrains.letsPlot.geom.geomSegment
import org.jetbrains.letsPlot.intern.Plot
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorManual
import org.jetbrains.letsPlot.scale.scaleFillGradient
import org.jetbrains.letsPlot.scale.scaleFillGradient2
import org.jetbrains.letsPlot.scale.scaleXLog10
import org.jetbrains.letsPlot.scale.scaleYLog10
import org.jetbrains.letsPlot.coord.coordCartesian
import kotlin.math.hypot
import kotlin.math.ln
import kotlin.math.max

/*
 * The figures of part 3 (multivariable calculus, chapters 15–17) and of the first network: contours and heat
 * maps of a function of two variables, its gradient field over the contours, the paths of several
 * optimizers over one contour plot, loss curves and a classifier's decision boundary. The function values
 * come from the engine (FunctionGrid evaluates f on the grid, gradients are exact); these functions lay them
 * out and return Lets-Plot's Plot, for more `+ ggtitle(…)`.
 */

/** The default number of grid points along each axis of a contour plot or a heat map. */
public const val GRID_POINTS: Int = 120

/**
 * The level curves of f(x, y) over [x] × [y], [levels] of them (filled bands when [filled]). With [log], the
 * curves are those of ln(1 + f − min f), which spreads the levels of a steep valley (Rosenbrock's) evenly.
 */
public fun contourPlot(
    f: MultivariateFunction,
    x: ClosedFloatingPointRange<Double>,
    y: ClosedFloatingPointRange<Double>,
    levels: Int = 15,
    filled: Boolean = false,
    log: Boolean = false,
    points: Int = GRID_POINTS,
): Plot {
    require(levels >= 1) { "contourPlot: levels must be ≥ 1, was $levels" }
    return letsPlot(gridData("contourPlot", f, x, y, points, log)) + contourLayers(levels, filled) + labs(x = "x", y = "y")
}

/** A heat map of f(x, y) over [x] × [y]: each grid cell coloured by its value (or by ln(1 + f − min f) with [log]). */
public fun heatmapPlot(
    f: MultivariateFunction,
    x: ClosedFloatingPointRange<Double>,
    y: ClosedFloatingPointRange<Double>,
    log: Boolean = false,
    points: Int = GRID_POINTS,
): Plot = letsPlot(gridData("heatmapPlot", f, x, y, points, log)) +
    geomRaster { this.x = "x"; this.y = "y"; fill = "z" } +
    scaleFillGradient(low = "#440154", high = "#fde725", name = if (log) "ln(1 + f − min f)" else "f") +
    labs(x = "x", y = "y")

/**
 * The gradient field of f over its contours: at [arrows] × [arrows] points, an arrow along ∇f(x, y) (uphill,
 * across the level curves), all scaled alike so the longest fits its cell (those under 3% of the longest are
 * left out); with [descent], along −∇f.
 */
public fun gradientFieldPlot(
    f: DifferentiableFunction,
    x: ClosedFloatingPointRange<Double>,
    y: ClosedFloatingPointRange<Double>,
    arrows: Int = 15,
    levels: Int = 15,
    descent: Boolean = false,
): Plot {
    require(arrows >= 2) { "gradientFieldPlot: need at least 2 arrows per axis, was $arrows" }
    val xs = Vector.linspace(x.start, x.endInclusive, arrows).toArray()
    val ys = Vector.linspace(y.start, y.endInclusive, arrows).toArray()
    val starts = xs.flatMap { a -> ys.map { b -> a to b } }
    val gradients = starts.map { (a, b) -> f.gradient(Vector.of(a, b)) }
    val longest = gradients.maxOf { hypot(it[0], it[1]) }.takeIf { it > 0 } ?: 1.0
    val cell = 0.9 * minOf((x.endInclusive - x.start), (y.endInclusive - y.start)) / (arrows - 1)
    val sign = if (descent) -1.0 else 1.0
    // arrows shorter than 3% of the longest would be bare arrow heads: flat regions are left empty instead
    val shown = starts.indices.filter { hypot(gradients[it][0], gradients[it][1]) >= 0.03 * longest }
    val segments = mapOf(
        "x" to shown.map { starts[it].first }, "y" to shown.map { starts[it].second },
        "xend" to shown.map { starts[it].first + sign * cell * gradients[it][0] / longest },
        "yend" to shown.map { starts[it].second + sign * cell * gradients[it][1] / longest },
    )
    return contourPlot(f, x, y, levels) +
        geomSegment(data = segments, color = Palette.RED, size = 0.6, arrow = arrow(length = 4, type = "closed")) {
            this.x = "x"; this.y = "y"; xend = "xend"; yend = "yend"
        }
}

/**
 * The paths of several optimizer runs over the contours of f, one colour each with a legend:
 * `pathsPlot(f, -2.0..2.0, -1.0..3.0, "BFGS" to minimize(f, start, BFGS()), "Adam" to minimize(f, start, Adam(0.01)))`.
 */
public fun pathsPlot(
    f: MultivariateFunction,
    x: ClosedFloatingPointRange<Double>,
    y: ClosedFloatingPointRange<Double>,
    vararg runs: Pair<String, MinimizationResult>,
    levels: Int = 20,
    log: Boolean = false,
): Plot {
    require(runs.isNotEmpty()) { "pathsPlot: no runs to draw" }
    val names = runs.map { it.first }
    require(names.toSet().size == names.size) { "pathsPlot: names must differ, were $names" }
    require(runs.size <= Palette.categorical.size) { "pathsPlot: at most ${Palette.categorical.size} runs, was ${runs.size}" }
    val px = mutableListOf<Double>()
    val py = mutableListOf<Double>()
    val run = mutableListOf<String>()
    for ((name, r) in runs) {
        require(r.x().size() == 2) { "pathsPlot: the run '$name' is in ${r.x().size()} dimensions, not 2" }
        for (p in r.path()) {
            px += p[0]; py += p[1]; run += name
        }
    }
    val data = mapOf("px" to px, "py" to py, "run" to run)
    return contourPlot(f, x, y, levels, log = log) +
        geomPath(data = data, size = 1.0) { this.x = "px"; this.y = "py"; color = "run" } +
        geomPoint(data = data, size = 1.6) { this.x = "px"; this.y = "py"; color = "run" } +
        scaleColorManual(values = Palette.categorical.take(runs.size), limits = names, name = "") +
        coordCartesian(xlim = x.start to x.endInclusive, ylim = y.start to y.endInclusive)
}

/**
 * Loss curves against the step, one colour each, on a log scale unless [logScale] is false:
 * `lossPlot("Adam" to losses)`. With [logSteps] the step axis is logarithmic too (steps counted from 1), so a
 * method that converges in 30 steps and one that needs 5000 can be compared on one figure.
 */
public fun lossPlot(vararg curves: Pair<String, Vector>, logScale: Boolean = true, logSteps: Boolean = false): Plot {
    require(curves.isNotEmpty()) { "lossPlot: no curves to draw" }
    val names = curves.map { it.first }
    require(names.toSet().size == names.size) { "lossPlot: names must differ, were $names" }
    require(curves.size <= Palette.categorical.size) { "lossPlot: at most ${Palette.categorical.size} curves, was ${curves.size}" }
    val step = mutableListOf<Int>()
    val loss = mutableListOf<Double>()
    val curve = mutableListOf<String>()
    for ((name, values) in curves) {
        for (i in 0 until values.size()) {
            val v = values[i]
            if (v.isFinite() && (!logScale || v > 0)) {
                step += if (logSteps) i + 1 else i; loss += v; curve += name
            }
        }
    }
    var plot = letsPlot(mapOf("step" to step, "loss" to loss, "curve" to curve)) +
        geomLine(size = 1.0) { x = "step"; y = "loss"; color = "curve" } +
        scaleColorManual(values = Palette.categorical.take(curves.size), limits = names, name = "") +
        labs(x = "step", y = "loss")
    if (logScale) plot += scaleYLog10()
    if (logSteps) plot += scaleXLog10() + labs(x = "step (from 1)")
    return plot
}

/**
 * A classifier's decision boundary: the plane coloured by the predicted probability of class 1 (white at ½,
 * so the boundary is the white band), and the data [points] coloured by their [labels]. [probability] maps a matrix of points
 * (one per row) to P(class 1) for each, so a network evaluates the whole grid in one batch.
 */
public fun decisionBoundaryPlot(
    probability: (Matrix) -> Vector,
    points: Matrix,
    labels: IntArray,
    margin: Double = 0.5,
    resolution: Int = 150,
): Plot {
    require(points.cols() == 2) { "decisionBoundaryPlot: the points must be n×2, were ${points.rows()}×${points.cols()}" }
    require(points.rows() == labels.size) { "decisionBoundaryPlot: ${points.rows()} points but ${labels.size} labels" }
    require(resolution >= 2) { "decisionBoundaryPlot: resolution must be ≥ 2, was $resolution" }
    val px = points.column(0)
    val py = points.column(1)
    val xs = Vector.linspace(px.min() - margin, px.max() + margin, resolution).toArray()
    val ys = Vector.linspace(py.min() - margin, py.max() + margin, resolution).toArray()
    val gx = ys.flatMap { xs.asList() }
    val gy = ys.flatMap { yi -> List(xs.size) { yi } }
    val p = probability(Matrix.ofColumns(Vector.of(gx), Vector.of(gy)))
    require(p.size() == gx.size) { "decisionBoundaryPlot: the probability function gave ${p.size()} values for ${gx.size} points" }
    val surface = mapOf("x" to gx, "y" to gy, "p" to p.toArray().asList())
    val data = mapOf("x" to px.toArray().asList(), "y" to py.toArray().asList(), "class" to labels.map { "class $it" })
    val classes = labels.distinct().sorted().map { "class $it" }
    return letsPlot() +
        geomRaster(data = surface, alpha = 0.55) { x = "x"; y = "y"; fill = "p" } +
        // white at p = ½: the decision boundary is the white band between the two colours
        scaleFillGradient2(low = "#6baed6", mid = "#ffffff", high = "#fd8d3c", midpoint = 0.5, limits = 0.0 to 1.0, name = "P(class 1)") +
        geomPoint(data = data, size = 2.2) { x = "x"; y = "y"; color = "class" } +
        scaleColorManual(values = listOf(Palette.BLUE, Palette.RED, Palette.GREEN, Palette.PURPLE).take(classes.size), limits = classes, name = "") +
        labs(x = "x₁", y = "x₂")
}

private fun gridData(
    who: String,
    f: MultivariateFunction,
    x: ClosedFloatingPointRange<Double>,
    y: ClosedFloatingPointRange<Double>,
    points: Int,
    log: Boolean,
): Map<String, List<Double>> {
    requireRange(who, x, points)
    requireRange(who, y, points)
    val grid = FunctionGrid.evaluate(f, Vector.linspace(x.start, x.endInclusive, points), Vector.linspace(y.start, y.endInclusive, points))
    var z = grid.zColumn().toArray().asList()
    require(z.all { it.isFinite() }) { "$who: f is not finite everywhere on the grid" }
    if (log) {
        val low = z.minOrNull() ?: 0.0
        z = z.map { ln(1 + max(0.0, it - low)) }
    }
    return mapOf("x" to grid.xColumn().toArray().asList(), "y" to grid.yColumn().toArray().asList(), "z" to z)
}

private fun contourLayers(levels: Int, filled: Boolean): Feature =
    if (filled) geomContourFilled(bins = levels, showLegend = false) { x = "x"; y = "y"; z = "z"; fill = "..level.." } +
        scaleFillGradient(low = "#440154", high = "#fde725", name = "f")
    else geomContour(bins = levels, color = Palette.GREY, size = 0.5) { x = "x"; y = "y"; z = "z" }
