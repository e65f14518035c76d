// polya — Part 4, Statistics (the Math-for-ML statistics notebooks)
//
// The statistics that sit beside the book's probability chapters: describing a sample, drawing samples from
// a population, estimating a normal's parameters by maximum likelihood, testing a mean and putting a
// confidence interval around it, covariance and correlation, and kernel density estimates. The notebooks
// seed NumPy with np.random.seed(42); NumpyRandom(42) reproduces NumPy's legacy stream bit for bit, so this
// sample prints the very numbers they printed. Each statistic is written by hand first, then called.
// Run it with   ./polya run samples/scripts/part4/s-statistics.polya.kts
//
// What you will see: the notebooks' values (catalog §2.5); and three figures —
//   s-mle-fit        a density histogram of 1000 draws with the fitted normal (the "MLE fit to data");
//   s-intervals      95% t intervals of 40 samples: about one in twenty misses the true mean;
//   s-kde            kernel density estimates of three samples as a ridge plot.

// 1. Descriptive statistics of the notebook's ten values, by hand and with the library.
val data = listOf(10, 12, 15, 18, 20, 22, 25, 30, 35, 40)
val meanByHand = data.sum().toDouble() / data.size
val varianceByHand = data.sumOf { (it - meanByHand).pow(2) } / data.size
println("by hand: mean $meanByHand, population variance $varianceByHand")
// >>> by hand: mean 22.7, population variance 87.41
println("library: mean ${mean(data)}, median ${median(data)}, mode ${mode(data)}, variance ${variance(data)}, sd ${sd(data)}")
// >>> library: mean 22.7, median 21.0, mode 10.0, variance 87.41, sd 9.34933152690608
println("sample variance (ddof = 1) ${variance(data, ddof = 1)}, 90% quantile ${quantile(data, 0.9)}")
// >>> sample variance (ddof = 1) 97.1222222222222, 90% quantile 35.5

// 2. Sampling designs on the population 1 … 1000: a simple random sample of 100 without replacement (as
//    np.random.choice(population, 100, replace=False) after seed 42), a systematic sample (every 10th) and a
//    stratified one (50 from each half).
val np = NumpyRandom(42)
val simple = np.choice(1000, 100, false).map { it + 1 }
println("simple random sample: ${simple.take(10)} …, mean ${mean(simple)}")
// >>> simple random sample: [522, 738, 741, 661, 412, 679, 627, 514, 860, 137] …, mean 489.78
val systematic = (1..1000 step 10).toList()
println("systematic: ${systematic.take(5)} …, mean ${mean(systematic)}")
// >>> systematic: [1, 11, 21, 31, 41] …, mean 496.0

// 3. Maximum likelihood for a normal: μ̂ = x̄ and σ̂² = (1/n) Σ(xᵢ − x̄)² — the biased (ddof = 0) variance.
//    After seed 42, x ~ N(50, 10²) with n = 1000 (notebook 03):
val x = NumpyRandom(42).normal(50.0, 10.0, 1000)
val fit = fitNormal(x)
println("mean ${mean(x)}, MLE variance ${variance(x)}, unbiased ${variance(x, ddof = 1)}")
// >>> mean 50.19332055822327, MLE variance 95.79049897315171, unbiased 95.88638535851022
//    (NumPy prints 50.193320558223256, 95.79049897315173 and 95.88638535851024: the same draws, summed in a
//    different order — NumPy adds pairwise — so the last digit or two differ.)
println("fitted: μ̂ = ${fit.mean()}, σ̂ = ${fit.sd()}")
// >>> fitted: μ̂ = 50.19332055822327, σ̂ = 9.787262077473542

// 4. A one-sample t-test (notebook 04): n = 100 draws of N(52, 10²); H₀: μ = 50. By hand:
//    t = (x̄ − μ₀)/(s/√n), and p = 2 P(T > |t|) for T ~ t(n − 1).
val y = NumpyRandom(42).normal(52.0, 10.0, 100)
val tByHand = (mean(y) - 50.0) / (sd(y, ddof = 1) / sqrt(100.0))
val pByHand = 2 * (1 - StudentT(99.0).cdf(abs(tByHand)))
println("mean ${mean(y)}, t = $tByHand, p = ${"%.10f".format(pByHand)}")
// >>> mean 50.96153482605907, t = 1.0587626660490042, p = 0.2922843438
val test = tTest(y, mu = 50.0)
println("library: t = ${test.statistic()}, p = ${"%.10f".format(test.pValue())} → ${if (test.pValue() < 0.05) "reject" else "do not reject"} H₀ at α = 0.05")
// >>> library: t = 1.0587626660490042, p = 0.2922843438 → do not reject H₀ at α = 0.05

// 5. A 95% t confidence interval for the mean (notebook 05): x̄ ± t₀.₉₇₅,₉₉ · s/√n.
val z = NumpyRandom(42).normal(50.0, 10.0, 100)
val tCritical = StudentT(99.0).quantile(0.975)
val halfWidth = tCritical * sd(z, ddof = 1) / sqrt(100.0)
println("t critical = $tCritical; by hand (${mean(z) - halfWidth}, ${mean(z) + halfWidth})")
// >>> t critical = 1.984216951586418; by hand (47.15953163631039, 50.763538015807725)
//    The notebook printed (47.159531636381004, 50.76353801573714): SciPy 1.10's t.ppf(0.975, 99) returns
//    1.9842169515086827, wrong in the 11th digit. The quantile is 1.98421695158641749510…, as mpmath finds
//    at 40 digits by solving I_{ν/(ν+t²)}(ν/2, ½)/2 = 0.025 — which is what polya prints.
val ci = confidenceInterval(z, level = 0.95)
println("library: (${ci.low()}, ${ci.high()}), contains 50: ${ci.contains(50.0)}")
// >>> library: (47.15953163631039, 50.763538015807725), contains 50: true

// 6. Covariance and correlation (notebook 06): x ~ U(0, 1), y = 2x + N(0, 0.1²), 100 points after seed 42.
val rs = NumpyRandom(42)
val u = rs.randomSample(100)
val v = 2.0 * u + rs.normal(0.0, 0.1, 100)
println("cov ${covariance(u, v)}, Pearson r ${correlation(u, v)}")
// >>> cov 0.1729309085866557, Pearson r 0.9881582860812737

// 7. Kernel density estimates: the density at a point from a smooth sum of Gaussian bumps (Scott's bandwidth).
val k = kde(x)
println("KDE of the N(50, 10²) sample at 50: ${"%.5f".format(k(50.0))}; the normal density: ${"%.5f".format(Normal(50, 10).pdf(50.0))}")
// >>> KDE of the N(50, 10²) sample at 50: 0.03938; the normal density: 0.03989

// 8. The figures: the MLE fit, 25 confidence intervals, and three KDEs as a ridge plot.
show(histogramPlot(x, bins = 30, density = fit.toNormal()) + ggtitle("MLE fit to data: N(${"%.2f".format(fit.mean())}, ${"%.2f".format(fit.sd())}²)") +
    ggsize(800, 420), "s-mle-fit.svg", "s-mle-fit.png")
val intervals = (0 until 40).map { confidenceInterval(sample(Normal(50, 10), 30, Rng(100L + it)), level = 0.95) }
val misses = intervals.count { !it.contains(50.0) }
println("of 40 intervals, $misses miss the true mean (expected: 5% of 40 = 2)")
// >>> of 40 intervals, 3 miss the true mean (expected: 5% of 40 = 2)
val ciData = mapOf(
    "sample" to (1..40).toList(),
    "low" to intervals.map { it.low() }, "high" to intervals.map { it.high() },
    "mid" to intervals.map { (it.low() + it.high()) / 2 },
    "covers" to intervals.map { if (it.contains(50.0)) "covers μ" else "misses μ" },
)
show(letsPlot(ciData) + geomErrorBar(width = 0.4, size = 0.9) { x = "sample"; ymin = "low"; ymax = "high"; color = "covers" } +
    geomPoint(size = 2.5) { x = "sample"; y = "mid"; color = "covers" } +
    geomHLine(yintercept = 50.0, color = Palette.GREY, linetype = "dashed") +
    scaleColorManual(values = listOf(Palette.BLUE, Palette.RED), limits = listOf("covers μ", "misses μ"), name = "") +
    labs(x = "sample", y = "95% interval for μ") + ggtitle("40 samples of 30 draws from N(50, 10²)") + ggsize(900, 420),
    "s-intervals.svg", "s-intervals.png")
show(ridgePlot(mapOf("N(50, 10²)" to x, "50 + 10·t(3)" to (10.0 * sample(StudentT(3), 1000, Rng(7))).plus(50.0),
    "U(30, 70)" to sample(Uniform(30, 70), 1000, Rng(8)))) + coordCartesian(xlim = 0.0 to 100.0) +
    ggtitle("kernel density estimates (t(3) has draws far out, beyond the window)") + ggsize(800, 420),
    "s-kde.svg", "s-kde.png")
