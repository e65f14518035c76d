// polya — Part 3, Chapter 16: Derivatives and gradients
//
// A function of several variables has a partial derivative along each coordinate — the ordinary derivative of
// a partial function — and together they form the gradient ∇f, which points uphill, across the level curves.
// This sample estimates partial derivatives by finite differences by hand, then writes a scalar reverse-mode
// automatic differentiation engine in the spirit of Karpathy's micrograd (a `Value` that remembers how it was
// computed and sends gradients backwards through the graph), points out the bug micrograd's first version had,
// and then uses polya's: `grad`, `hessian`, `jacobian` and `checkGradient`, exact and on the same expressions.
// Run it with   ./polya run samples/scripts/part3/ch16-derivatives-and-gradients.polya.kts
//
// What you will see: the gradients of micrograd's classic neuron (x₁.grad = −1.5, w₁.grad = 1, x₂.grad = 0.5,
// w₂.grad = 0); why gradients must be accumulated, not assigned; the Jacobian of polar coordinates with
// det J = r; a gradient check catching a wrong gradient; and one figure —
//   ch16-gradient-field  the gradient fields of x² + 3y² and of a two-bump function, arrows over the contours.

import dev.polya.multivariable.DifferentiableFunction

// 1. Partial derivatives by hand: ∂f/∂xᵢ(x) is the derivative of the partial function t ↦ f(…, t, …) at xᵢ,
//    estimated by the central difference (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h. For f(x, y) = x²y + sin y the exact
//    partials are ∂f/∂x = 2xy and ∂f/∂y = x² + cos y: at (1, 2), 4 and 1 + cos 2 = 0.583853….
fun partial(f: (DoubleArray) -> Double, x: DoubleArray, i: Int, h: Double = 1e-5): Double {
    val forward = x.copyOf().also { it[i] += h }
    val backward = x.copyOf().also { it[i] -= h }
    return (f(forward) - f(backward)) / (2 * h)
}
fun gradient(f: (DoubleArray) -> Double, x: DoubleArray) = DoubleArray(x.size) { partial(f, x, it) }
val byHand = { v: DoubleArray -> v[0] * v[0] * v[1] + sin(v[1]) }
println("finite differences: ${gradient(byHand, doubleArrayOf(1.0, 2.0)).map { "%.8f".format(it) }}; exact: [4, ${"%.8f".format(1 + cos(2.0))}]")
// >>> finite differences: [4.00000000, 0.58385316]; exact: [4, 0.58385316]

// 2. Reverse-mode automatic differentiation, micrograd-sized. Every Value remembers the Values it was computed
//    from (its children) and a `backwardStep` that knows the local derivatives of its operation: for
//    out = a + b, ∂out/∂a = ∂out/∂b = 1; for out = a·b, ∂out/∂a = b and ∂out/∂b = a; for out = tanh a,
//    ∂out/∂a = 1 − out²; for out = eᵃ, ∂out/∂a = eᵃ; for out = aᵏ, ∂out/∂a = k·aᵏ⁻¹. By the chain rule each step
//    adds (local derivative) × out.grad to its children's grad.
class Value(val data: Double, val children: List<Value> = emptyList(), val op: String = "") {
    var grad = 0.0                          // ∂(final output)/∂(this), filled in by backward()
    var backwardStep: () -> Unit = {}       // sends out.grad on to the children; a leaf has nothing to do

    operator fun plus(other: Value): Value {
        val out = Value(data + other.data, listOf(this, other), "+")
        out.backwardStep = { grad += out.grad; other.grad += out.grad }
        return out
    }
    operator fun times(other: Value): Value {
        val out = Value(data * other.data, listOf(this, other), "*")
        out.backwardStep = { grad += other.data * out.grad; other.grad += data * out.grad }
        return out
    }
    fun pow(k: Double): Value {
        val out = Value(data.pow(k), listOf(this), "**$k")
        out.backwardStep = { grad += k * data.pow(k - 1) * out.grad }
        return out
    }
    fun tanh(): Value {
        val t = kotlin.math.tanh(data)
        val out = Value(t, listOf(this), "tanh")
        out.backwardStep = { grad += (1 - t * t) * out.grad }
        return out
    }
    fun exp(): Value {
        val out = Value(kotlin.math.exp(data), listOf(this), "exp")
        out.backwardStep = { grad += out.data * out.grad }
        return out
    }
    operator fun plus(c: Double) = this + Value(c)
    operator fun times(c: Double) = this * Value(c)
    operator fun unaryMinus() = this * -1.0
    operator fun minus(other: Value) = this + (-other)
    operator fun div(other: Value) = this * other.pow(-1.0)

    // The chain rule needs out.grad complete before out.backwardStep runs, that is, after every Value that uses
    // `out` has run its own step. A topological order (children before parents), walked backwards, does that.
    fun backward() {
        val order = mutableListOf<Value>()
        val visited = mutableSetOf<Value>()
        fun visit(v: Value) {
            if (visited.add(v)) {
                v.children.forEach { visit(it) }
                order += v
            }
        }
        visit(this)
        grad = 1.0                          // ∂out/∂out = 1
        order.asReversed().forEach { it.backwardStep() }
    }

    override fun toString() = "Value(data=$data, grad=$grad)"
}

// 3. micrograd's classic neuron: o = tanh(x₁w₁ + x₂w₂ + b), with the bias chosen so that n = x₁w₁ + x₂w₂ + b is
//    about 0.8814 and o = tanh n = 1/√2. Then 1 − o² = ½, and ∂o/∂x₁ = w₁/2 = −1.5, ∂o/∂w₁ = x₁/2 = 1,
//    ∂o/∂x₂ = w₂/2 = 0.5, ∂o/∂w₂ = x₂/2 = 0.
val x1 = Value(2.0); val x2 = Value(0.0)
val w1 = Value(-3.0); val w2 = Value(1.0)
val b = Value(6.8813735870195432)
val o = (x1 * w1 + x2 * w2 + b).tanh()
o.backward()
println("o = ${"%.6f".format(o.data)}; x1.grad = ${"%.6f".format(x1.grad)}, w1.grad = ${"%.6f".format(w1.grad)}, x2.grad = ${"%.6f".format(x2.grad)}, w2.grad = ${"%.6f".format(w2.grad)}, b.grad = ${"%.6f".format(b.grad)}")
// >>> o = 0.707107; x1.grad = -1.500000, w1.grad = 1.000000, x2.grad = 0.500000, w2.grad = 0.000000, b.grad = 0.500000

// 4. The same neuron with tanh spelled out, tanh n = (e²ⁿ − 1)/(e²ⁿ + 1): more nodes (exp, pow for the division,
//    a subtraction), the same gradients — each operation only needs its own local derivative.
val ys = listOf(Value(2.0), Value(0.0), Value(-3.0), Value(1.0), Value(6.8813735870195432))
val n = ys[0] * ys[2] + ys[1] * ys[3] + ys[4]
val e = (n * 2.0).exp()
val o2 = (e + -1.0) / (e + 1.0)
o2.backward()
println("o = ${"%.6f".format(o2.data)}; gradients (x1, x2, w1, w2, b): ${ys.map { "%.6f".format(it.grad) }}")
// >>> o = 0.707107; gradients (x1, x2, w1, w2, b): [-1.500000, 0.500000, 1.000000, 0.000000, 0.500000]

// 5. The bug of micrograd's first version: its backward steps ASSIGNED gradients (self.grad = out.grad) instead of
//    adding to them. That is right only while every Value is used once. In a = x + x, x is used twice, so by
//    the multivariable chain rule ∂a/∂x = 1 + 1 = 2; assigning keeps only the last contribution and reports 1.
fun plusAssigning(p: Value, q: Value): Value {
    val out = Value(p.data + q.data, listOf(p, q), "+")
    out.backwardStep = { p.grad = out.grad; q.grad = out.grad }     // the bug
    return out
}
val xAssigned = Value(3.0)
plusAssigning(xAssigned, xAssigned).backward()
val xAccumulated = Value(3.0)
(xAccumulated + xAccumulated).backward()
println("a = x + x, ∂a/∂x: assigning ${xAssigned.grad}, accumulating ${xAccumulated.grad}")
// >>> a = x + x, ∂a/∂x: assigning 1.0, accumulating 2.0

// 6. The library. `fn { x, y -> … }` records the same kind of graph (on a tape of primitive arrays rather than
//    objects) and one backward sweep gives the exact gradient: `grad(f, at = …)` at a point, `grad(f)` as a
//    function ℝ² → ℝ², the gradient field. Compare step 1.
val f = fn { x, y -> x * x * y + sin(y) }
println("grad(f, at = (1, 2)) = ${grad(f, at = vector(1, 2))}; grad(f)((0, 0)) = ${grad(f)(vector(0, 0))}")
// >>> grad(f, at = (1, 2)) = [4.0, 0.58385316]; grad(f)((0, 0)) = [0.0, 1.0]

// 7. The Hessian, the matrix of second partial derivatives ∂²f/∂xᵢ∂xⱼ: for f = x²y + sin y it is
//    [[2y, 2x], [2x, −sin y]], symmetric (Schwarz); at (1, 2), [[4, 2], [2, −0.909…]].
println(hessian(f, at = vector(1, 2)))
// >>> [[4.0,         2.0],
// >>>  [2.0, -0.90929743]]
println("−sin 2 = ${-sin(2.0)}")
// >>> −sin 2 = -0.9092974268256817

// 8. The Jacobian of a map ℝⁿ → ℝᵐ: the m×n matrix of ∂Fᵢ/∂xⱼ, the gradients of the coordinate functions as
//    rows. For polar coordinates F(r, φ) = (r cos φ, r sin φ) it is [[cos φ, −r sin φ], [sin φ, r cos φ]],
//    with det J = r cos²φ + r sin²φ = r: near (r, φ) the map stretches areas by r (the r in r dr dφ).
val polar = vectorFn(2) { p -> listOf(p[0] * cos(p[1]), p[0] * sin(p[1])) }
val jacobianAt = jacobian(polar, at = vector(2.0, PI / 3))
println(jacobianAt)
// >>> [[      0.5, -1.7320508],
// >>>  [0.8660254,        1.0]]
println("det J(2, π/3) = ${"%.12f".format(det(jacobianAt))}")
// >>> det J(2, π/3) = 2.000000000000
println("det J at r = 0.5, 1, 3 (φ = 1): ${listOf(0.5, 1.0, 3.0).map { "%.12f".format(det(jacobian(polar, at = vector(it, 1.0)))) }}")
// >>> det J at r = 0.5, 1, 3 (φ = 1): [0.500000000000, 1.000000000000, 3.000000000000]

// 9. Gradient checks: compare a gradient with central differences of the function, coordinate by coordinate
//    (error |g − d| / max(1, |g|, |d|)). The AD gradient passes; a hand-written gradient with a typo
//    (∂f/∂y = x² − cos y instead of x² + cos y) fails at coordinate 1: |g − d| = 2|cos 2| = 0.83, relative to
//    |g| = 1 − cos 2 = 1.42 that is 0.59.
val check = checkGradient(f, at = vector(1, 2))
println("AD gradient: passes at 1e-7: ${check.passes(1e-7)}")
// >>> AD gradient: passes at 1e-7: true
val typo = DifferentiableFunction.of(f) { v -> vector(2 * v[0] * v[1], v[0] * v[0] - cos(v[1])) }
val typoCheck = checkGradient(typo, at = vector(1, 2))
println("with the typo: passes ${typoCheck.passes(1e-7)}, worst error ${"%.4f".format(typoCheck.worstRelativeError())} at coordinate ${typoCheck.worstIndex()}")
// >>> with the typo: passes false, worst error 0.5877 at coordinate 1

// 10. The hand-made engine against the library, on the neuron of step 3: the same five partial derivatives, equal
//     up to rounding (the two compute tanh and its derivative in slightly different ways).
val neuron = fn(5) { v -> tanh(v[0] * v[2] + v[1] * v[3] + v[4]) }      // v = (x₁, x₂, w₁, w₂, b)
val library = grad(neuron, at = vector(2.0, 0.0, -3.0, 1.0, 6.8813735870195432))
val handMade = listOf(x1, x2, w1, w2, b).map { it.grad }
println("library: ${(0 until 5).map { "%.6f".format(library[it]) }}; agrees with Value to 1e-14: ${(0 until 5).all { abs(library[it] - handMade[it]) < 1e-14 }}")
// >>> library: [-1.500000, 0.500000, 1.000000, 0.000000, 0.500000]; agrees with Value to 1e-14: true

// 11. The figure: the gradient field over the contours. Each arrow is ∇f at its foot (all scaled alike), pointing
//     uphill and perpendicular to the level curve through it. For the bowl x² + 3y² the arrows are steeper in y
//     (∇f = (2x, 6y)) and do not point at the minimum, which is why gradient descent zig-zags in narrow valleys;
//     for the two bumps they point at the peaks and vanish at the top of each bump and at the saddle between them.
val bowl = fn { x, y -> x * x + 3 * y * y }
val bumps = fn { x, y ->
    exp(-((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5))) + 0.5 * exp(-2 * ((x + 1) * (x + 1) + (y + 0.5) * (y + 0.5)))
}
val fields = panels(
    listOf(
        gradientFieldPlot(bowl, -2.0..2.0, -2.0..2.0, arrows = 13, levels = 12) + ggtitle("∇f for f = x² + 3y²") +
            coordFixed(),
        gradientFieldPlot(bumps, -2.5..2.5, -2.5..2.5, arrows = 15, levels = 12) + ggtitle("∇f for two bumps") +
            coordFixed(),
    ),
) + ggsize(1100, 600)
show(fields, "ch16-gradient-field.svg", "ch16-gradient-field.png")
