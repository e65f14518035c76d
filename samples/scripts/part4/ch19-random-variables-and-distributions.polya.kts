// polya — Part 4, Chapter 19: Random variables and distributions
//
// The book's chapter 19 notebook draws the classic distributions: the Bernoulli, binomial, geometric and
// discrete uniform PMFs, the sum of two dice by convolving PMFs, and the uniform, exponential and normal
// distribution functions and densities. This sample computes a PMF by hand from its formula and the dice sum
// by an explicit convolution loop, then lets the library's distribution objects do the same — pmf, pdf, cdf,
// quantile, mean, variance, entropy, sampling, and `+` for the distribution of a sum — and draws the nine
// figures of the chapter.
// Run it with   ./polya run samples/scripts/part4/ch19-random-variables-and-distributions.polya.kts
//
// What you will see: the reference values of catalog §1.13 (scipy.stats), and nine figures —
//   ch19-bernoulli, ch19-binomial, ch19-geometric   1×3 PMF panels with a shared y axis (p = ¼, ½, ¾ …);
//   ch19-die, ch19-two-dice                          the PMF of one die and of the sum of two;
//   ch19-uniform-cdf, ch19-exponential-cdf           distribution functions;
//   ch19-normal-pdf, ch19-normal-cdf                 "the bell curves" for σ = 0.5, 1, 2, 3.

// 1. The binomial PMF by hand: P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ, the chance of k successes in n trials.
fun choose(n: Int, k: Int): Double = (1..k).fold(1.0) { c, i -> c * (n - k + i) / i }
fun binomialByHand(k: Int, n: Int, p: Double) = choose(n, k) * p.pow(k) * (1 - p).pow(n - k)
println("by hand: P(X = 10) for Binomial(20, ½) = ${binomialByHand(10, 20, 0.5)}")
// >>> by hand: P(X = 10) for Binomial(20, ½) = 0.17619705200195312

// … and the library's binomial, which works in logarithms (so n = 10⁶ does not overflow) and agrees with
//    scipy.stats.binom.pmf(10, 20, 0.5) = 0.17619705200195296 to within a unit in the 16th digit.
println("library: ${Binomial(20, 0.5).pmf(10)}, P(X = 5) for Binomial(20, ¼) = ${Binomial(20, 0.25).pmf(5)}")
// >>> library: 0.17619705200195312, P(X = 5) for Binomial(20, ¼) = 0.20233115185692446
println("geometric(0.2): P(X = 1, 2, 3) = ${(1..3).map { Geometric(0.2).pmf(it) }}")
// >>> geometric(0.2): P(X = 1, 2, 3) = [0.2, 0.16000000000000003, 0.128]
println("Bernoulli(0.3): mean ${Bernoulli(0.3).mean}, variance ${Bernoulli(0.3).variance}")
// >>> Bernoulli(0.3): mean 0.3, variance 0.21

// 2. Sums of random variables. The PMF of X₁ + X₂ for independent X₁, X₂ is the convolution
//    P(X₁ + X₂ = k) = Σᵢ P(X₁ = i) P(X₂ = k − i). By hand, as the book does with np.convolve:
val die = DoubleArray(7) { if (it == 0) 0.0 else 1.0 / 6 }         // P(X = 0 … 6)
val twoDiceByHand = DoubleArray(13) { k -> (0..k).sumOf { i -> if (i <= 6 && k - i <= 6) die[i] * die[k - i] else 0.0 } }
println("36 · P(sum = k), k = 0 … 12: ${twoDiceByHand.map { (36 * it).roundToInt() }}")
// >>> 36 · P(sum = k), k = 0 … 12: [0, 0, 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]

//    The library: `+` of two discrete distributions is the distribution of the sum.
val twoDice = DiscreteUniform(1, 6) + DiscreteUniform(1, 6)
println("P(sum = 7) = ${twoDice.pmf(7)} = 6/36; mean ${"%.6f".format(twoDice.mean)}, variance ${"%.6f".format(twoDice.variance)}")
// >>> P(sum = 7) = 0.16666666666666666 = 6/36; mean 7.000000, variance 5.833333

// 3. Continuous distributions: densities, distribution functions and quantiles.
println("normal pdf(0) for σ = 0.5, 1, 2, 3: ${listOf(0.5, 1.0, 2.0, 3.0).map { Normal(mean = 0.0, sd = it).pdf(0.0) }}")
// >>> normal pdf(0) for σ = 0.5, 1, 2, 3: [0.7978845608028654, 0.3989422804014327, 0.19947114020071635, 0.1329807601338109]
println("exponential cdf(1) for λ = 0.1, 1, 10: ${listOf(0.1, 1.0, 10.0).map { Exponential(rate = it).cdf(1.0) }}")
// >>> exponential cdf(1) for λ = 0.1, 1, 10: [0.09516258196404043, 0.6321205588285577, 0.9999546000702375]
println("the 97.5% normal quantile: ${Normal(0, 1).quantile(0.975)}; back through the cdf: ${Normal(0, 1).cdf(Normal(0, 1).quantile(0.975))}")
// >>> the 97.5% normal quantile: 1.9599639845400536; back through the cdf: 0.975
println("Gamma(2, 1.5): mean ${Gamma(shape = 2.0, scale = 1.5).mean}, sd ${"%.6f".format(Gamma(shape = 2.0, scale = 1.5).sd)}")
// >>> Gamma(2, 1.5): mean 3.0, sd 2.121320
println("entropy of N(0, 1): ${Normal(0, 1).entropy} nats = ½ ln(2πe)")
// >>> entropy of N(0, 1): 1.4189385332046727 nats = ½ ln(2πe)

// 4. Sampling: draws from a distribution, from a seeded default stream. Their mean and variance approach the
//    distribution's as n grows (chapter 20 makes this precise).
seed(42)
val xs = sample(Exponential(rate = 2.0), 100_000)
println("100 000 draws of Exp(2): mean ${"%.3f".format(mean(xs))} (E = 0.5), variance ${"%.3f".format(variance(xs))} (Var = 0.25)")
// >>> 100 000 draws of Exp(2): mean 0.502 (E = 0.5), variance 0.250 (Var = 0.25)
println("ten Bernoulli(½) draws: ${sample(Bernoulli(0.5), 10)}")
// >>> ten Bernoulli(½) draws: [0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]

// 5. The nine figures of the chapter.
val wide = ggsize(1200, 380)
show(pmfPanels(0..1, "p = 0.25" to Bernoulli(0.25), "p = 0.5" to Bernoulli(0.5), "p = 0.75" to Bernoulli(0.75)) + wide,
    "ch19-bernoulli.svg", "ch19-bernoulli.png")
show(pmfPanels(0..20, "p = 0.25" to Binomial(20, 0.25), "p = 0.5" to Binomial(20, 0.5), "p = 0.75" to Binomial(20, 0.75)) + wide,
    "ch19-binomial.svg", "ch19-binomial.png")
show(pmfPanels(1..19, "p = 0.2" to Geometric(0.2), "p = 0.5" to Geometric(0.5), "p = 0.8" to Geometric(0.8)) + wide,
    "ch19-geometric.svg", "ch19-geometric.png")
show(pmfPlot(DiscreteUniform(1, 6), -1..8) + ggtitle("one die: the discrete uniform on {1, …, 6}") + ggsize(700, 380),
    "ch19-die.svg", "ch19-die.png")
show(pmfPlot(twoDice, 0..12) + ggtitle("the sum of two dice") + ggsize(700, 380), "ch19-two-dice.svg", "ch19-two-dice.png")
show(cdfPlot(-0.5..1.5, "U(0, 1)" to Uniform(0, 1)) + ggtitle("the uniform distribution function") + ggsize(700, 380),
    "ch19-uniform-cdf.svg", "ch19-uniform-cdf.png")
show(cdfPlot(-0.5..10.0, "λ = 0.1" to Exponential(rate = 0.1), "λ = 1" to Exponential(rate = 1.0), "λ = 10" to Exponential(rate = 10.0)) +
    ggtitle("exponential distribution functions") + ggsize(700, 380), "ch19-exponential-cdf.svg", "ch19-exponential-cdf.png")
val sigmas = listOf(0.5, 1.0, 2.0, 3.0).map { "σ = $it" to Normal(mean = 0.0, sd = it) }.toTypedArray()
show(pdfPlot(-10.0..10.0, *sigmas) + ggtitle("the bell curves") + ggsize(700, 380), "ch19-normal-pdf.svg", "ch19-normal-pdf.png")
show(cdfPlot(-10.0..10.0, *sigmas) + ggtitle("normal distribution functions") + ggsize(700, 380), "ch19-normal-cdf.svg", "ch19-normal-cdf.png")
