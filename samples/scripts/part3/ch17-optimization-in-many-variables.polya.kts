// polya — Part 3, Chapter 17: Optimization in many variables
//
// The book's chapter 17 notebook writes gradient descent "in its full form": a function of a vector with its
// gradient, and the step x ← x − η∇f(x) until the iterates settle. The Math-for-ML optimization notebooks add
// momentum, RMSProp and Adam, learning-rate schedules, and stochastic gradient descent on a regression. This
// sample writes each of them by hand, then uses polya's optimizers — which take exact gradients from
// reverse-mode AD, report how they ended and record their path — and races them on Rosenbrock's banana
// valley and on a badly scaled bowl.
// Run it with   ./polya run samples/scripts/part3/ch17-optimization-in-many-variables.polya.kts
//
// What you will see: the notebooks' reference values (catalog §1.11, §2.6); iteration counts of BFGS,
// L-BFGS, Newton and Nelder–Mead next to SciPy's; and three figures —
//   ch17-rosenbrock-paths   the paths of six optimizers over Rosenbrock's contours, from (−1.2, 1), in two panels;
//   ch17-scaled-bowl        gradient descent, momentum and Adam on f = x² + 25y²;
//   ch17-losses             f along each path (the loss curves), on a log scale.

// 1. The book's multivariable functions: something to call and a gradient.
abstract class MultivariableFunction {
    abstract operator fun invoke(x: Vector): Double
    abstract fun grad(x: Vector): Vector
}
class SquaredNorm : MultivariableFunction() {          // f(x) = Σ xᵢ², ∇f = 2x
    override fun invoke(x: Vector) = x dot x
    override fun grad(x: Vector) = 2.0 * x
}
class Linear(val a: Double, val b: Double) : MultivariableFunction() {   // f(x) = a·x₀ + b·x₁
    override fun invoke(x: Vector) = a * x[0] + b * x[1]
    override fun grad(x: Vector) = vector(a, b)
}
println("Linear(1, −1)([1, 0]) = ${Linear(1.0, -1.0)(vector(1, 0))}")
// >>> Linear(1, −1)([1, 0]) = 1.0

// 2. Gradient descent in its full form, by hand: x ← x − η∇f(x), 1000 steps from (10, −15) with η = 0.1.
//    For the squared norm each step multiplies x by 1 − 2η = 0.8, so x₁₀₀₀ = 0.8¹⁰⁰⁰ · x₀.
fun gradientDescentByHand(f: MultivariableFunction, xInit: Vector, learningRate: Double = 0.1, nIter: Int = 1000): Vector {
    var x = xInit
    repeat(nIter) { x = x - learningRate * f.grad(x) }
    return x
}
val byHand = gradientDescentByHand(SquaredNorm(), vector(10, -15))
println("by hand: ${byHand[0]}, ${byHand[1]}")
// >>> by hand: 1.2302319221611203E-96, -1.8453478832416791E-96

// 3. The library: write f once over AD variables; minimize(…) takes the gradient from reverse-mode AD.
val squaredNorm = fn { x, y -> x * x + y * y }
val gd = minimize(squaredNorm, start = vector(10, -15), method = GradientDescent(learningRate = 0.1), steps = 1000, tolerance = 0.0)
println("library: ${gd.x[0]}, ${gd.x[1]} after ${gd.iterations} steps (${gd.status})")
// >>> library: 1.2302319221611203E-96, -1.8453478832416791E-96 after 1000 steps (ITERATION_LIMIT)

// 4. Momentum, RMSProp and Adam by hand, as the Math-for-ML notebook 06 writes them, on f(x) = x² from
//    x₀ = 8 for 50 steps (∇f = 2x):
//      momentum (EMA form)  v ← βv + (1 − β)g,         x ← x − ηv                 (η = 0.1, β = 0.9)
//      RMSProp              s ← ρs + (1 − ρ)g²,        x ← x − η g/(√s + ε)       (η = 0.01, ρ = 0.9)
//      Adam                 m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², x ← x − η m̂/(√v̂ + ε),
//                           m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)                    (η = 0.1)
fun g(x: Double) = 2 * x
var xm = 8.0; var vm = 0.0
repeat(50) { vm = 0.9 * vm + 0.1 * g(xm); xm -= 0.1 * vm }
var xr = 8.0; var sr = 0.0
repeat(50) { sr = 0.9 * sr + 0.1 * g(xr) * g(xr); xr -= 0.01 * g(xr) / (sqrt(sr) + 1e-8) }
var xa = 8.0; var ma = 0.0; var va = 0.0
for (t in 1..50) {
    val gt = g(xa)
    ma = 0.9 * ma + 0.1 * gt; va = 0.999 * va + 0.001 * gt * gt
    xa -= 0.1 * (ma / (1 - 0.9.pow(t))) / (sqrt(va / (1 - 0.999.pow(t))) + 1e-8)
}
println("by hand: momentum $xm, RMSProp $xr, Adam $xa")
// >>> by hand: momentum 0.5915009450372487, RMSProp 7.413728110941886, Adam 3.484863344163537

//    The library's rules on the same problem. Its momentum is the heavy-ball form v ← βv + g, x ← x − ηv:
//    the EMA form with η is the heavy-ball form with η(1 − β), so Momentum(learningRate = 0.01) walks the
//    same path (up to rounding).
val square = fn(1) { x -> x[0] * x[0] }
fun after50(method: dev.polya.multivariable.optimize.FirstOrderMethod) =
    minimize(square, start = vector(8.0), method = method, steps = 50, tolerance = 0.0).x[0]
println("library: momentum ${"%.12f".format(after50(Momentum(learningRate = 0.01, beta = 0.9)))}, " +
    "RMSProp ${"%.12f".format(after50(RMSProp(learningRate = 0.01, rho = 0.9)))}, Adam ${"%.12f".format(after50(Adam(learningRate = 0.1)))}")
// >>> library: momentum 0.591500945037, RMSProp 7.413728110942, Adam 3.484863344164

// 5. Learning-rate schedules (notebook 07), ηₜ at epoch e = t − 1 with η₀ = 0.1: time-based η₀/(1 + 0.05e),
//    step decay η₀·0.5^⌊e/10⌋, exponential η₀e^(−0.05e).
println("epoch 10: time-based ${Schedules.timeBased(0.1, 0.05).rate(11)}, exponential ${Schedules.exponential(0.1, 0.05).rate(11)}; " +
    "epoch 25: step ${Schedules.step(0.1, 0.5, 10).rate(26)}")
// >>> epoch 10: time-based 0.06666666666666667, exponential 0.06065306597126335; epoch 25: step 0.025

// 6. Stochastic gradient descent (notebook 05): fit y ≈ θ₀ + θ₁x to 100 points y = 4 + 3x + noise, one
//    random point per step, 20 epochs of 100 steps, η = 0.1, gradient 2xᵢ(xᵢ·θ − yᵢ). With NumPy's seed 42
//    for the data, the start θ and the random indices, it lands where the notebook did.
val np = NumpyRandom(42)
val xs = np.randomSample(100)
val ys = (3.0 * xs).plus(4.0) + np.standardNormal(100)
var theta = np.standardNormal(2)
repeat(20) {
    repeat(100) {
        val i = np.randint(100).toInt()
        val xi = vector(1.0, xs[i])
        theta = theta - 0.1 * (2 * ((xi dot theta) - ys[i])) * xi
    }
}
println("SGD: θ = ${"%.8f".format(theta[0])}, ${"%.8f".format(theta[1])}")
// >>> SGD: θ = 3.80209438, 2.93281734

// 7. Rosenbrock's banana f(x, y) = (1 − x)² + 100(y − x²)² from (−1.2, 1): the classic test of an optimizer.
//    The minimum is f(1, 1) = 0 at the end of a long, curved, flat-bottomed valley.
val rosenbrock = fn { x, y -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
val start = vector(-1.2, 1.0)
val runs = listOf(
    "BFGS" to minimize(rosenbrock, start, BFGS()),
    "L-BFGS" to minimize(rosenbrock, start, LBFGS()),
    "Newton" to minimize(rosenbrock, start, Newton()),
    "Nelder–Mead" to minimize(rosenbrock, start, NelderMead()),
    "Adam" to minimize(rosenbrock, start, Adam(learningRate = 0.02), steps = 5000),
    "momentum" to minimize(rosenbrock, start, Momentum(learningRate = 0.0005, beta = 0.9), steps = 5000),
)
for ((name, r) in runs) {
    println("%-12s %5d iterations %5d evaluations  x = (%.6f, %.6f)  %s".format(name, r.iterations, r.functionEvaluations, r.x[0], r.x[1], r.status))
}
// >>> BFGS            32 iterations    39 evaluations  x = (1.000000, 1.000000)  CONVERGED_GRADIENT
// >>> L-BFGS          36 iterations    45 evaluations  x = (1.000000, 1.000000)  CONVERGED_GRADIENT
// >>> Newton          21 iterations    26 evaluations  x = (1.000000, 1.000000)  CONVERGED_GRADIENT
// >>> Nelder–Mead     84 iterations   159 evaluations  x = (1.000022, 1.000042)  CONVERGED_SIMPLEX
// >>> Adam          3896 iterations  3897 evaluations  x = (0.999999, 0.999997)  CONVERGED_GRADIENT
// >>> momentum      5000 iterations  5001 evaluations  x = (0.999986, 0.999972)  ITERATION_LIMIT
//    SciPy 1.10 on the same problem: BFGS 32 iterations / 39 evaluations, L-BFGS-B 36 / 44, Nelder–Mead 85 / 159
//    (SciPy counts the start as an iteration). The first-order methods need thousands of steps in the valley.

// 8. A badly scaled bowl f = x² + 25y²: the gradient points mostly across the valley, so plain gradient
//    descent zig-zags (η must stay below 2/50 = 0.04); momentum and Adam damp the zig-zag.
val bowl = fn { x, y -> x * x + 25 * y * y }
val bowlRuns = listOf(
    "gradient descent" to minimize(bowl, vector(-4, 1.5), GradientDescent(learningRate = 0.035), steps = 200, tolerance = 1e-6),
    "momentum" to minimize(bowl, vector(-4, 1.5), Momentum(learningRate = 0.01, beta = 0.8), steps = 200, tolerance = 1e-6),
    "Adam" to minimize(bowl, vector(-4, 1.5), Adam(learningRate = 0.3), steps = 200, tolerance = 1e-6),
)
for ((name, r) in bowlRuns) println("$name: ${r.iterations} steps, f = ${"%.2e".format(r.value)}")
// >>> gradient descent: 200 steps, f = 3.96e-12
// >>> momentum: 147 steps, f = 1.60e-14
// >>> Adam: 200 steps, f = 3.66e-08

// 9. The figures.
show(panels(listOf(
    pathsPlot(rosenbrock, -1.5..1.5, -0.5..2.0, *runs.take(4).toTypedArray(), levels = 25, log = true) + ggtitle("line searches and the simplex"),
    pathsPlot(rosenbrock, -1.5..1.5, -0.5..2.0, *runs.drop(4).toTypedArray(), levels = 25, log = true) + ggtitle("first-order methods, 5000 steps"),
)) + ggsize(1500, 560), "ch17-rosenbrock-paths.svg", "ch17-rosenbrock-paths.png")
show(pathsPlot(bowl, -4.5..4.5, -2.0..2.0, *bowlRuns.toTypedArray(), levels = 15) +
    ggtitle("f = x² + 25y² from (−4, 1.5)") + ggsize(900, 450), "ch17-scaled-bowl.svg", "ch17-scaled-bowl.png")
show(lossPlot(*runs.map { (name, r) -> name to r.values }.toTypedArray(), logSteps = true) + ggtitle("f along the path") + ggsize(800, 450),
    "ch17-losses.svg", "ch17-losses.png")
