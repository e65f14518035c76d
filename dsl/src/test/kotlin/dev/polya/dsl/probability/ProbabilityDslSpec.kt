package dev.polya.dsl.probability

import dev.polya.dsl.linalg.matrix
import dev.polya.dsl.linalg.row
import dev.polya.dsl.linalg.vector
import dev.polya.linalg.Vector
import dev.polya.probability.random.NumpyRandom
import dev.polya.probability.random.Rng
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.doubles.plusOrMinus
import io.kotest.matchers.shouldBe
import kotlin.math.abs
import kotlin.math.ln
import kotlin.math.sqrt

/**
 * The part-4 DSL names the README promises, used exactly as written there. Reference values from SciPy 1.10 /
 * NumPy 1.24 (`scipy.stats.norm(2, 3).cdf(1.0)`, `np.random.seed(42); np.random.random_sample()`, …) or
 * closed forms.
 */
class ProbabilityDslSpec : FunSpec({
    val tight = 1e-12

    test("distributions by name, with Ints or named Doubles") {
        Normal(0, 1).pdf(0) shouldBe (1 / sqrt(2 * Math.PI) plusOrMinus tight)
        val d = Normal(mean = 2.0, sd = 3.0)
        d.cdf(1.0) shouldBe (0.36944134018176367 plusOrMinus tight)
        d.mean shouldBe 2.0
        d.variance shouldBe 9.0
        d.sd shouldBe 3.0
        Normal(0, 1).entropy shouldBe (1.4189385332046727 plusOrMinus tight)
        Bernoulli(0.3).pmf(1) shouldBe (0.3 plusOrMinus tight)
        Binomial(20, 0.5).pmf(10) shouldBe (0.17619705200195296 plusOrMinus tight)
        Geometric(0.2).pmf(3) shouldBe (0.128 plusOrMinus tight)
        DiscreteUniform(1, 6).mean shouldBe 3.5
        Poisson(3.0).cdf(2) shouldBe (0.42319008112684364 plusOrMinus tight)
        Uniform(0, 1).variance shouldBe (1.0 / 12 plusOrMinus tight)
        Exponential(rate = 2.0).entropy shouldBe (0.3068528194400547 plusOrMinus tight)
        // mpmath at 40 digits: 2.5705818356363155147…; SciPy 1.10's t.ppf gives 2.5705818366147395, wrong at 4e-10
        StudentT(5.0).quantile(0.975) shouldBe (2.5705818356363155 plusOrMinus 1e-14)
        ChiSquared(3.0).quantile(0.95) shouldBe (7.814727903251179 plusOrMinus 1e-12)
        Gamma(shape = 2.0, scale = 1.5).mean shouldBe (3.0 plusOrMinus tight)
        Beta(2.0, 5.0).pdf(0.3) shouldBe (2.1609 plusOrMinus 1e-12)
        Categorical(listOf(0.2, 0.5, 0.3)).pmf(1) shouldBe 0.5
        val mvn = MultivariateNormal(vector(0, 0), matrix(row(3, 2), row(2, 2)))
        mvn.pdf(vector(1, 1)) shouldBe (0.0876458815043896 plusOrMinus tight)
        mvn.mean shouldBe vector(0, 0)
    }

    test("two dice: the distribution of the sum by convolution") {
        val twoDice = DiscreteUniform(1, 6) + DiscreteUniform(1, 6)
        twoDice.pmf(7) shouldBe (6.0 / 36 plusOrMinus tight)
        twoDice.pmf(2) shouldBe (1.0 / 36 plusOrMinus tight)
        twoDice.mean shouldBe (7.0 plusOrMinus tight)
    }

    test("sampling from the seeded default stream and from an explicit one") {
        seed(42)
        val first = sample(Normal(0, 1))
        val xs: Vector = sample(Normal(0, 1), 1000)
        seed(42)
        sample(Normal(0, 1)) shouldBe first
        sample(Normal(0, 1), 1000) shouldBe xs
        val rng = Rng(7)
        val ys = sample(Normal(0, 1), 1000, rng)
        ys.size() shouldBe 1000
        (abs(mean(ys)) < 5 / sqrt(1000.0)) shouldBe true
        val coin = sample(Bernoulli(0.3))
        (coin == 0L || coin == 1L) shouldBe true
        sample(MultivariateNormal(vector(0, 0), matrix(row(3, 2), row(2, 2))), 10).rows() shouldBe 10
    }

    test("NumPy's legacy stream, value for value") {
        val np = NumpyRandom(42)
        np.randomSample() shouldBe 0.3745401188473625
        np.standardNormal() shouldBe -1.1118801180469204
        mean(NumpyRandom(42).normal(50.0, 10.0, 1000)) shouldBe (50.193320558223256 plusOrMinus 1e-11)
    }

    test("descriptive statistics on a Vector, a DoubleArray and a List") {
        val xs = listOf(1.0, 2.0, 4.0, 7.0)
        val v = Vector.of(1.0, 2.0, 4.0, 7.0)
        val a = doubleArrayOf(1.0, 2.0, 4.0, 7.0)
        mean(xs) shouldBe 3.5
        mean(v) shouldBe 3.5
        mean(a) shouldBe 3.5
        variance(xs) shouldBe 5.25
        variance(xs, ddof = 1) shouldBe 7.0
        sd(v, ddof = 1) shouldBe (2.6457513110645907 plusOrMinus tight)
        median(a) shouldBe 3.0
        quantile(xs, 0.9) shouldBe (6.1 plusOrMinus tight)
        mode(listOf(1, 2, 2, 3)) shouldBe 2.0
        correlation(xs, listOf(2.0, 4.0, 8.0, 14.0)) shouldBe (1.0 plusOrMinus tight)
        covariance(matrix(row(1, 2), row(2, 4), row(3, 6))).get(0, 1) shouldBe (2.0 plusOrMinus tight)
    }

    test("information theory") {
        val p = listOf(0.5, 0.25, 0.25)
        entropy(p) shouldBe (1.0397207708399179 plusOrMinus tight)
        entropy(p, base = 2.0) shouldBe (1.5 plusOrMinus tight)
        crossEntropy(p, p) shouldBe (entropy(p) plusOrMinus tight)
        kl(listOf(0.5, 0.5), listOf(0.9, 0.1)) shouldBe (0.5108256237659907 plusOrMinus tight)
        mutualInformation(matrix(row(10, 0), row(0, 10))) shouldBe (ln(2.0) plusOrMinus tight)
        kl(Normal(0, 1), Normal(1, 2)) shouldBe (0.4431471805599453 plusOrMinus tight)
        expectation(Normal(0, 1)) { x -> x * x } shouldBe (1.0 plusOrMinus 1e-10)
        expectation(Poisson(3.0)) { k -> k } shouldBe (3.0 plusOrMinus 1e-10)
    }

    test("inference") {
        val xs = listOf(1.0, 2.0, 4.0, 7.0)
        tTest(xs, mu = 2.0).pValue shouldBe (0.3392540508564543 plusOrMinus 1e-12)
        confidenceInterval(xs, level = 0.95).low shouldBe (-0.7099807422992503 plusOrMinus 1e-12)
        kde(xs)(0.5) shouldBe (0.09691938581033924 plusOrMinus 1e-12)
    }

    test("monteCarlo: the same estimate on one thread and on all cores") {
        val dart = { rng: Rng -> val x = rng.nextDouble(); val y = rng.nextDouble(); if (x * x + y * y <= 1) 4.0 else 0.0 }
        val all = monteCarlo(n = 1_000_000, seed = 1) { rng -> dart(rng) }
        val one = monteCarlo(n = 1_000_000, seed = 1, threads = 1) { rng -> dart(rng) }
        all.mean shouldBe one.mean
        all.standardError shouldBe one.standardError
        (abs(all.value - Math.PI) < 5 * all.standardError) shouldBe true
    }
})

/** Every statistics and information function takes a Vector, a DoubleArray or a List, with the same result. */
class SampleTypesSpec : FunSpec({
    test("the three sample types agree") {
        val list = listOf(0.2, 0.5, 0.3)
        val array = doubleArrayOf(0.2, 0.5, 0.3)
        val v = Vector.of(0.2, 0.5, 0.3)
        val q = listOf(0.3, 0.4, 0.3)
        jensenShannon(list, q) shouldBe jensenShannon(array, q.toDoubleArray())
        jensenShannon(v, Vector.of(0.3, 0.4, 0.3)) shouldBe jensenShannon(list, q)
        binaryCrossEntropy(listOf(1, 0, 1), listOf(0.9, 0.2, 0.8)) shouldBe (0.18388253942874858 plusOrMinus 1e-15)
        binaryCrossEntropy(doubleArrayOf(1.0, 0.0, 1.0), doubleArrayOf(0.9, 0.2, 0.8)) shouldBe (0.18388253942874858 plusOrMinus 1e-15)
        val xs = listOf(1.0, 2.0, 4.0, 7.0)
        val ys = listOf(2.0, 2.5, 5.0, 9.0)
        tTest(xs.toDoubleArray(), ys.toDoubleArray()).pValue shouldBe tTest(xs, ys).pValue
        fitNormal(xs).mean() shouldBe 3.5
        fitNormal(xs.toDoubleArray()).sd() shouldBe fitNormal(Vector.of(xs)).sd()
        runningMeans(xs.toDoubleArray()) shouldBe runningMeans(xs)
        histogram(xs.toDoubleArray(), 3).counts() shouldBe histogram(xs, 3).counts()
        bootstrapInterval(xs, resamples = 100, random = Rng(1)).low() shouldBe
            bootstrapInterval(Vector.of(xs), resamples = 100, random = Rng(1)).low()
    }
})
