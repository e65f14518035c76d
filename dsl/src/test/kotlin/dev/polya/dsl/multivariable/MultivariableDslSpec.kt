package dev.polya.dsl.multivariable

import dev.polya.core.DimensionMismatchException
import dev.polya.dsl.linalg.matrix
import dev.polya.dsl.linalg.row
import dev.polya.dsl.linalg.vector
import dev.polya.linalg.Vector
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.shouldBe
import kotlin.math.cos
import kotlin.math.sin

/** The part-3 DSL names the README promises, used exactly as written there, against closed forms. */
class MultivariableDslSpec : FunSpec({
    val tight = 1e-12

    fun Vector.shouldBeClose(expected: Vector, tolerance: Double) {
        size() shouldBe expected.size()
        for (i in 0 until size()) this[i] shouldBe (expected[i] plusOrMinus tolerance)
    }

    test("functions of several variables and their exact derivatives") {
        val f = fn { x, y -> x * x + 3 * x * y + sin(y) }
        f(1.0, 2.0) shouldBe (1 + 6 + sin(2.0) plusOrMinus tight)
        grad(f, at = vector(1, 2)).shouldBeClose(vector(8.0, 3 + cos(2.0)), tight)
        grad(f)(vector(1, 2)).shouldBeClose(vector(8.0, 3 + cos(2.0)), tight)
        val g = fn(3) { x -> x[0] * x[1] + exp(x[2]) }
        hessian(g, at = vector(1, 2, 0)) shouldBe matrix(row(0, 1, 0), row(1, 0, 0), row(0, 0, 1))
        val F = vectorFn(2) { x -> listOf(x[0] * x[1], sin(x[0]) + x[1]) }
        val j = jacobian(F, at = vector(1, 2))
        j[0, 0] shouldBe 2.0; j[0, 1] shouldBe 1.0
        j[1, 0] shouldBe (cos(1.0) plusOrMinus tight); j[1, 1] shouldBe 1.0
        (checkGradient(g, at = vector(1, 2, 0)).worstRelativeError < 1e-8) shouldBe true
    }

    test("numeric versions for plain lambdas, and arity errors") {
        grad({ v: Vector -> v[0] * v[0] * v[1] }, at = vector(2, 3)).shouldBeClose(vector(12, 4), 1e-8)
        val f = fn { x, y -> x * y }
        shouldThrow<DimensionMismatchException> { grad(f, at = vector(1, 2, 3)) }
    }

    test("minimize with every method") {
        val rosenbrock = fn { x, y -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
        val r = minimize(rosenbrock, start = vector(-1.2, 1.0), method = BFGS())
        r.converged shouldBe true
        r.x.shouldBeClose(vector(1, 1), 1e-5)
        (r.iterations <= 32) shouldBe true
        r.path.first() shouldBe vector(-1.2, 1.0)
        (r.value < 1e-10) shouldBe true
        minimize(rosenbrock, start = vector(-1.2, 1.0), method = Newton()).x.shouldBeClose(vector(1, 1), 1e-8)
        minimize(rosenbrock, start = vector(-1.2, 1.0), method = LBFGS()).x.shouldBeClose(vector(1, 1), 1e-4)
        minimize(rosenbrock, start = vector(-1.2, 1.0), method = NelderMead()).x.shouldBeClose(vector(1, 1), 1e-3)
        val bowl = fn { x, y -> x * x + 10 * y * y }
        for (method in listOf(GradientDescent(learningRate = 0.05), Momentum(learningRate = 0.01, beta = 0.9),
            RMSProp(learningRate = 0.01), Adam(learningRate = 0.05))) {
            val run = minimize(bowl, start = vector(1.5, -1.0), method = method, steps = 5000)
            run.x.shouldBeClose(vector(0, 0), 1e-3)
        }
    }
})
