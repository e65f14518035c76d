// polya — Part 3, Chapter 15: Multivariable functions
//
// The book's chapter 17 notebook puts functions of several variables into code as a class with a call and a
// gradient: `MultivariableFunction`, with `SquaredNorm` f(x) = Σxᵢ² and a two-variable `Linear`. This sample
// writes that by hand, then shows polya's way — `fn { x, y -> … }`, `fn(n) { x -> … }` and `vectorFn` for
// functions ℝⁿ → ℝ and ℝⁿ → ℝᵐ — and looks at a function of two variables through functions of one (partial
// functions), through its level sets, and as a picture: contours, a heat map, a filled-contour "surface".
// Run it with   ./polya run samples/scripts/part3/ch15-multivariable-functions.polya.kts
//
// What you will see: the reference value of catalog §1.11 (Linear(1, −1)([1, 0]) = 1); polar coordinates as
// a map ℝ² → ℝ²; points of the unit circle found as a level set; and four figures —
//   ch15-contours-heatmaps  the saddle x² − y² and a two-bump function, each as contours and as a heat map;
//   ch15-partial-functions  slices x ↦ x² − y₀² of the saddle for four fixed values y₀;
//   ch15-level-set          the points of the level set x² + y² = 1 found on a grid, over the contours;
//   ch15-surface            the two-bump function as filled contours, a map of its height.

import dev.polya.multivariable.LevelSet
import dev.polya.multivariable.PartialFunction
import org.jetbrains.letsPlot.coord.coordFixed

// 1. The book's base class, by hand: a function f: ℝⁿ → ℝ is something you can call on a vector x and ask
//    for its gradient ∇f(x) (chapter 16 explains the gradient; here it is just "the other method").
//    SquaredNorm is f(x) = x₁² + … + xₙ² with ∇f(x) = 2x; Linear(a, b) is f(x) = a·x₀ + b·x₁ with ∇f = (a, b).
//    (The book returns Linear's gradient as a 2×1 column array; a plain array is all it needs to be.)
abstract class MultivariableFunction {
    abstract operator fun invoke(x: DoubleArray): Double
    abstract fun grad(x: DoubleArray): DoubleArray
}
class SquaredNorm : MultivariableFunction() {
    override fun invoke(x: DoubleArray) = x.sumOf { it * it }
    override fun grad(x: DoubleArray) = DoubleArray(x.size) { 2 * x[it] }
}
class Linear(val a: Double, val b: Double) : MultivariableFunction() {
    override fun invoke(x: DoubleArray) = a * x[0] + b * x[1]
    override fun grad(x: DoubleArray) = doubleArrayOf(a, b)
}
println("Linear(1, −1)([1, 0]) = ${Linear(1.0, -1.0)(doubleArrayOf(1.0, 0.0))}")
// >>> Linear(1, −1)([1, 0]) = 1.0
val norm = SquaredNorm()
println("SquaredNorm([3, 4]) = ${norm(doubleArrayOf(3.0, 4.0))}, its gradient ${norm.grad(doubleArrayOf(3.0, 4.0)).toList()}; in ℝ³, SquaredNorm([1, 2, 2]) = ${norm(doubleArrayOf(1.0, 2.0, 2.0))}")
// >>> SquaredNorm([3, 4]) = 25.0, its gradient [6.0, 8.0]; in ℝ³, SquaredNorm([1, 2, 2]) = 9.0

// 2. polya writes the formula once: `fn { x, y -> … }` is a function of two variables, `fn(n) { x -> … }` one
//    of n variables given as an array x[0], …, x[n − 1]. Both are ScalarFields — callable as f(1.0, 2.0) or
//    on a Vector, and (next chapter) differentiable without writing the gradient by hand.
val saddle = fn { x, y -> x * x - y * y }
val squaredNorm = fn(3) { x -> x[0] * x[0] + x[1] * x[1] + x[2] * x[2] }
println("saddle(1, 2) = ${saddle(1.0, 2.0)}, saddle(2, 1) = ${saddle(2.0, 1.0)}; ‖(1, 2, 2)‖² = ${squaredNorm(vector(1, 2, 2))}")
// >>> saddle(1, 2) = -3.0, saddle(2, 1) = 3.0; ‖(1, 2, 2)‖² = 9.0

// 3. A function ℝⁿ → ℝᵐ has m coordinate functions. Polar coordinates (r, φ) ↦ (r cos φ, r sin φ) map ℝ² to ℝ²;
//    `vectorFn(2) { p -> listOf(…) }` lists the coordinate functions. The point at distance 2 and angle π/3 is
//    (1, √3) (a Vector prints 8 significant digits); a map ℝ³ → ℝ² (x, y, z) ↦ (x + y, yz) has two coordinate functions of three variables.
val polar = vectorFn(2) { p -> listOf(p[0] * cos(p[1]), p[0] * sin(p[1])) }
println("polar(2, π/3) = ${polar(2.0, PI / 3)}; √3 = ${sqrt(3.0)}")
// >>> polar(2, π/3) = [1.0, 1.7320508]; √3 = 1.7320508075688772
val sumAndProduct = vectorFn(3) { x -> listOf(x[0] + x[1], x[1] * x[2]) }
println("F(1, 2, 3) = ${sumAndProduct(1.0, 2.0, 3.0)}")
// >>> F(1, 2, 3) = [3.0, 6.0]

// 4. Partial functions: hold all variables but one fixed and a function of several variables becomes a function
//    of one. For the saddle with y fixed at y₀, x ↦ x² − y₀² is a parabola opening upwards; with x fixed at x₀,
//    y ↦ x₀² − y² opens downwards — the saddle point (0, 0) is a minimum along x and a maximum along y.
//    PartialFunction.along(f, a, i) frees coordinate i of the point a.
val alongX = PartialFunction.along(saddle, vector(0, 1), 0)    // x ↦ f(x, 1) = x² − 1
val alongY = PartialFunction.along(saddle, vector(1, 0), 1)    // y ↦ f(1, y) = 1 − y²
println("f(x, 1) at x = 0, 1, 2: ${listOf(0.0, 1.0, 2.0).map { alongX(it) }}; f(1, y) at y = 0, 1, 2: ${listOf(0.0, 1.0, 2.0).map { alongY(it) }}")
// >>> f(x, 1) at x = 0, 1, 2: [-1.0, 0.0, 3.0]; f(1, y) at y = 0, 1, 2: [1.0, 0.0, -3.0]

// 5. A slice of a function of three variables is a function of two: fixing z = 1 in ‖(x, y, z)‖² leaves
//    (x, y) ↦ x² + y² + 1 (PartialFunction.plane(f, a, i, j) frees coordinates i and j of a).
val slice = PartialFunction.plane(squaredNorm, vector(0, 0, 1), 0, 1)
println("‖(x, y, 1)‖² at (1, 2): ${slice(vector(1, 2))}")
// >>> ‖(x, y, 1)‖² at (1, 2): 6.0

// 6. Level sets: {(x, y) : f(x, y) = c}. For f = x² + y² and c = 1 it is the unit circle. LevelSet.find looks
//    for sign changes of f − c along the lines of a grid and solves for the crossing on each; every point it
//    returns satisfies x² + y² = 1 to rounding.
val circle = fn { x, y -> x * x + y * y }
val grid = linspace(-1.5, 1.5, 13)
val levelSet = LevelSet.find(circle, 1.0, grid, grid)
println("${levelSet.size()} points, the first three: ${(0 until 3).map { "(%.6f, %.6f)".format(levelSet.xs()[it], levelSet.ys()[it]) }}")
// >>> 28 points, the first three: [(0.000000, -1.000000), (-0.661438, -0.750000), (0.661438, -0.750000)]
val worst = (0 until levelSet.size()).maxOf { abs(circle(levelSet.xs()[it], levelSet.ys()[it]) - 1) }
println("largest |x² + y² − 1| over them: below 1e-12: ${worst < 1e-12}")
// >>> largest |x² + y² − 1| over them: below 1e-12: true

// 7. The figures. A function of two variables drawn on the plane: contours (level curves for equally spaced
//    values) or a heat map (each point coloured by f). The saddle's level curves are hyperbolas x² − y² = c;
//    the two-bump function e^−((x−1)² + (y−½)²) + ½e^−2((x+1)² + (y+½)²) has two peaks, the left one lower and
//    narrower, ringed by closed level curves.
val bumps = fn { x, y ->
    exp(-((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5))) + 0.5 * exp(-2 * ((x + 1) * (x + 1) + (y + 0.5) * (y + 0.5)))
}
println("the two peaks: f(1, ½) = ${"%.6f".format(bumps(1.0, 0.5))}, f(−1, −½) = ${"%.6f".format(bumps(-1.0, -0.5))}")
// >>> the two peaks: f(1, ½) = 1.000023, f(−1, −½) = 0.506738
val square = -2.5..2.5
val frame = coordFixed(xlim = -2.5 to 2.5, ylim = -2.5 to 2.5)   // the same frame in all four panels
val contoursAndHeatmaps = panels(
    listOf(
        contourPlot(saddle, square, square, levels = 16) + ggtitle("x² − y²: contours") + frame,
        heatmapPlot(saddle, square, square) + ggtitle("x² − y²: heat map") + frame,
        contourPlot(bumps, square, square, levels = 12) + ggtitle("two bumps: contours") + frame,
        heatmapPlot(bumps, square, square) + ggtitle("two bumps: heat map") + frame,
    ),
    ncol = 2,
) + ggsize(900, 820)
show(contoursAndHeatmaps, "ch15-contours-heatmaps.svg", "ch15-contours-heatmaps.png")

// 8. Partial functions of the saddle: x ↦ x² − y₀² for y₀ = 0, 1, 1.5, 2 — the same parabola, lowered by y₀².
//    Each is the profile of the surface along a horizontal line of the contour plot above.
val slices = listOf(0.0, 1.0, 1.5, 2.0).map { y0 ->
    val g = PartialFunction.along(saddle, vector(0.0, y0), 0)
    "y₀ = $y0" to { t: Double -> g(t) }
}
val sliceFigure = functionPlot(-2.5..2.5, *slices.toTypedArray()) + ggtitle("Partial functions x ↦ f(x, y₀) of f(x, y) = x² − y²") +
    xlab("x") + ylab("f(x, y₀)") + ggsize(640, 420)
show(sliceFigure, "ch15-partial-functions.svg", "ch15-partial-functions.png")

// 9. The level set x² + y² = 1 as the points LevelSet.find returned (red), over the contours of x² + y²:
//    they lie where the grid lines (every 0.25) cross the circle.
val levelFigure = contourPlot(circle, -1.5..1.5, -1.5..1.5, levels = 10) +
    geomPoint(data = mapOf("x" to levelSet.xs().toArray().asList(), "y" to levelSet.ys().toArray().asList()), color = "#d62728", size = 3.0) { x = "x"; y = "y" } +
    coordFixed() + ggtitle("The level set x² + y² = 1, found on a 13 × 13 grid") + ggsize(560, 540)
show(levelFigure, "ch15-level-set.svg", "ch15-level-set.png")

// 10. A surface z = f(x, y) seen from above: filled contours colour the bands between level curves, darker low
//     and lighter high, like a relief map; the white outside is the lowest band, f below about 0.07.
val surface = contourPlot(bumps, -3.0..3.0, -3.0..3.0, levels = 14, filled = true) + coordFixed(xlim = -3.0 to 3.0, ylim = -3.0 to 3.0) +
    ggtitle("Two bumps as a relief map: filled contours of f(x, y)") + ggsize(640, 560)
show(surface, "ch15-surface.svg", "ch15-surface.png")
