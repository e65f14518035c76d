package dev.polya.dsl.plot

import dev.polya.dsl.linalg.vector
import dev.polya.dsl.ml.decisionBoundaryPlot
import dev.polya.dsl.ml.mlp
import dev.polya.dsl.ml.train
import dev.polya.dsl.ml.twoMoons
import dev.polya.dsl.ml.losses
import dev.polya.dsl.multivariable.Adam
import dev.polya.dsl.multivariable.BFGS
import dev.polya.dsl.multivariable.fn
import dev.polya.dsl.multivariable.minimize
import dev.polya.dsl.multivariable.minus
import dev.polya.dsl.multivariable.plus
import dev.polya.dsl.multivariable.times
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.io.File

private fun texts(svg: String): List<String> =
    Regex("""<text[^>]*>\s*([^<]*?)\s*</text>""").findAll(svg).map { it.groupValues[1] }.toList()

class MultivariablePlotsSpec : FunSpec({
    val bowl = fn { x, y -> x * x + 10 * y * y }
    val rosenbrock = fn { x, y -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }

    test("contours (lines, filled, log) and a heat map, as SVG and as PNG") {
        Figures.svg(contourPlot(bowl, -1.0..1.0, -1.0..1.0)) shouldStartWith "<svg"
        Figures.svg(contourPlot(rosenbrock, -2.0..2.0, -1.0..3.0, filled = true, log = true)) shouldStartWith "<svg"
        val dir = File(System.getProperty("java.io.tmpdir"), "polya-multivariable-plots").apply { mkdirs() }
        // a raster layer: Lets-Plot styles it with a CSS value Batik rejects, which Figures strips
        val png = Figures.save(heatmapPlot(bowl, -1.0..1.0, -1.0..1.0), File(dir, "heatmap.png"))
        (png.length() > 1000) shouldBe true
        shouldThrow<IllegalArgumentException> { contourPlot(bowl, 1.0..1.0, -1.0..1.0) }
        shouldThrow<IllegalArgumentException> { contourPlot({ v -> 1 / v[0] }, -1.0..1.0, -1.0..1.0, points = 3) }
    }

    test("a gradient field over contours, optimizer paths with a legend, loss curves") {
        Figures.svg(gradientFieldPlot(bowl, -1.0..1.0, -1.0..1.0, arrows = 8)) shouldStartWith "<svg"
        val bfgs = minimize(rosenbrock, vector(-1.2, 1.0), BFGS())
        val adam = minimize(rosenbrock, vector(-1.2, 1.0), Adam(learningRate = 0.02), steps = 500)
        texts(Figures.svg(pathsPlot(rosenbrock, -2.0..2.0, -1.0..3.0, "BFGS" to bfgs, "Adam" to adam, log = true))) shouldContainAll
            listOf("BFGS", "Adam")
        texts(Figures.svg(lossPlot("BFGS" to bfgs.values(), "Adam" to adam.values(), logSteps = true))) shouldContainAll
            listOf("BFGS", "Adam")
        shouldThrow<IllegalArgumentException> { pathsPlot(bowl, -1.0..1.0, -1.0..1.0, "a" to bfgs, "a" to adam) }
    }

    test("a decision boundary of a trained network") {
        val data = twoMoons(100, noise = 0.1, seed = 1)
        val model = mlp(2, 8, 2, seed = 1)
        val history = train(model, data, Adam(learningRate = 0.02), epochs = 20, batchSize = 20)
        history.losses.size() shouldBe 100
        Figures.svg(decisionBoundaryPlot(model, data, resolution = 40)) shouldStartWith "<svg"
    }
})
