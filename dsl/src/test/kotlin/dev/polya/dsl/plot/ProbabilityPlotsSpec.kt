package dev.polya.dsl.plot

import dev.polya.dsl.probability.Binomial
import dev.polya.dsl.probability.Geometric
import dev.polya.dsl.probability.Normal
import dev.polya.dsl.probability.Poisson
import dev.polya.dsl.probability.StudentT
import dev.polya.dsl.probability.experiments
import dev.polya.dsl.probability.sample
import dev.polya.probability.random.Rng
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import org.jetbrains.letsPlot.label.ggtitle
import java.io.File

private fun texts(svg: String): List<String> =
    Regex("""<text[^>]*>\s*([^<]*?)\s*</text>""").findAll(svg).map { it.groupValues[1] }.toList()

class ProbabilityPlotsSpec : FunSpec({

    test("PMF bars, one distribution or several side by side with a legend") {
        Figures.svg(pmfPlot(Binomial(20, 0.5), 0..20) + ggtitle("binomial")) shouldStartWith "<svg"
        val svg = Figures.svg(pmfPlot(0..15, "p = 0.2" to Geometric(0.2), "p = 0.5" to Geometric(0.5)))
        texts(svg) shouldContainAll listOf("p = 0.2", "p = 0.5")
    }

    test("pdf and cdf curves for several parameters in one figure") {
        texts(Figures.svg(pdfPlot(-5.0..5.0, "ν = 1" to StudentT(1), "normal" to Normal(0, 1)))) shouldContainAll listOf("ν = 1", "normal")
        texts(Figures.svg(cdfPlot(-5.0..5.0, "σ = 1" to Normal(0, 1), "σ = 2" to Normal(0, 2)))) shouldContainAll listOf("σ = 1", "σ = 2")
        shouldThrow<IllegalArgumentException> { pdfPlot(-1.0..1.0, "a" to Normal(0, 1), "a" to Normal(0, 2)) }
    }

    test("a histogram with the density over it, running means with the expectation, small multiples") {
        val xs = sample(Normal(0, 1), 5000, Rng(3))
        Figures.svg(histogramPlot(xs, bins = 40, density = Normal(0, 1))) shouldStartWith "<svg"
        Figures.svg(runningMeanPlot(experiments(Poisson(3.0), 5, 500, Rng(4)), expectation = 3.0)) shouldStartWith "<svg"
        val grid = pdfPanels(-4.0..4.0, "ν = 1" to StudentT(1), "ν = 5" to StudentT(5), "normal" to Normal(0, 1))
        val dir = File(System.getProperty("java.io.tmpdir"), "polya-probability-plots").apply { mkdirs() }
        val png = Figures.save(grid, File(dir, "panels.png"))
        (png.length() > 1000) shouldBe true
        texts(Figures.svg(pmfPanels(0..20, "binomial" to Binomial(20, 0.5), "poisson" to Poisson(10.0)))) shouldContainAll
            listOf("binomial", "poisson")
    }
})


