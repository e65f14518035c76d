package dev.polya.dsl.calculus

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.shouldBe
import kotlin.math.PI
import kotlin.math.cos
import kotlin.math.exp
import kotlin.math.sin
import kotlin.math.sqrt

/** The part-2 DSL names the README promises, used exactly as written there, with their values. */
class CalculusDslSpec : FunSpec({
    val tight = 1e-12

    test("fn, exact derivatives of any order") {
        val f = fn { x -> x * sin(x) }
        f(2.0) shouldBe (2.0 * sin(2.0) plusOrMinus tight)
        derivative(f)(2.0) shouldBe (sin(2.0) + 2.0 * cos(2.0) plusOrMinus tight)
        derivative(derivative(f))(2.0) shouldBe (2.0 * cos(2.0) - 2.0 * sin(2.0) plusOrMinus tight)
        derivative({ x: Double -> x * x * x }, at = 2.0) shouldBe (12.0 plusOrMinus 1e-9)
        val g = fn { x -> 3 * x * x - 2 * x + 1.5 }
        derivative(g)(1.0) shouldBe (4.0 plusOrMinus tight)
    }

    test("integrals") {
        integrate({ x -> x * x }, 0.0..1.0) shouldBe (1.0 / 3 plusOrMinus tight)
        integrate({ x -> exp(-x * x) }, Double.NEGATIVE_INFINITY..Double.POSITIVE_INFINITY) shouldBe (sqrt(PI) plusOrMinus 1e-10)
        val q = quad({ x -> 1 / sqrt(x) }, 0.0..1.0)
        q.value shouldBe (2.0 plusOrMinus 1e-10)
        (q.error < 1e-8) shouldBe true
        (q.evaluations > 0) shouldBe true
        trapezoid({ x -> x * x }, 0.0..1.0, n = 10) shouldBe (0.335 plusOrMinus tight)
        simpson({ x -> x * x }, 0.0..1.0, n = 10) shouldBe (1.0 / 3 plusOrMinus tight)
    }

    test("integral: Clenshaw–Curtis on smooth integrands, quad's QAGS otherwise; the fixed Clenshaw–Curtis rule") {
        val smooth = integral({ x -> sin(x) }, 0.0..100.0, relativeTolerance = 1e-10)
        smooth.value shouldBe (1 - cos(100.0) plusOrMinus 1e-12)
        smooth.evaluations shouldBe 129
        val singular = integral({ x -> 1 / sqrt(x) }, 0.0..1.0)
        singular.value shouldBe (2.0 plusOrMinus 1e-10)
        singular.evaluations shouldBe quad({ x -> 1 / sqrt(x) }, 0.0..1.0).evaluations + 2
        integrate({ x -> sin(50 * x) }, 0.0..1.0) shouldBe ((1 - cos(50.0)) / 50 plusOrMinus 1e-12)
        clenshawCurtis({ x -> x * x * x }, 0.0..2.0, n = 4) shouldBe (4.0 plusOrMinus tight)
    }

    test("roots and minima") {
        root({ x -> x * x - 2 }, 0.0..2.0) shouldBe (sqrt(2.0) plusOrMinus 1e-12)
        newton(fn { x -> x * x - 2 }, x0 = 1.0) shouldBe (sqrt(2.0) plusOrMinus 1e-12)
        minimize({ x -> (x - 2) * (x - 2) }, 0.0..5.0).x shouldBe (2.0 plusOrMinus 1e-7)
        val gd = gradientDescent(fn { x -> x * x }, x0 = 5.0, learningRate = 0.1, steps = 1000)
        gd.x shouldBe (0.0 plusOrMinus 1e-90)
        gd.path.size() shouldBe 1001
    }
})

class MonteCarloDslSpec : FunSpec({
    test("Monte Carlo integrals are the same bits on one thread and on all cores") {
        val n = 300_000L
        val one = monteCarloIntegral({ x -> sin(x) }, 0.0..PI, n, seed = 7, threads = 1)
        val all = monteCarloIntegral({ x -> sin(x) }, 0.0..PI, n, seed = 7)
        all shouldBe one
        one.value shouldBe (2.0 plusOrMinus 5 * one.standardError)
    }
})
