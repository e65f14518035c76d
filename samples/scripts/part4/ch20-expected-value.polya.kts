// polya — Part 4, Chapter 20: The expected value
//
// The book's chapter 20 notebook makes the law of large numbers visible: the running mean of coin tosses and
// dice rolls settles at the expected value, and across a thousand repeated experiments the averages pile up
// ever more tightly around it (the central limit theorem's bell). It ends with information: the entropy of
// the Bernoulli and geometric distributions. This sample computes expectations by hand and with the library
// (summation and quadrature), runs the repeated experiments, estimates π by parallel Monte Carlo, and adds
// the information-theory values of the Math-for-ML notebooks (in bits) next to the book's (in nats).
// Run it with   ./polya run samples/scripts/part4/ch20-expected-value.polya.kts
//
// What you will see: E, Var and entropies against their closed forms; and six figures —
//   ch20-coin-running-mean, ch20-dice-running-mean   running means with the expectation as a dashed line;
//   ch20-coin-averages, ch20-dice-averages           1×3 histograms of 1000 averages at n = 5, 100, 999;
//   ch20-clt                                         means of 30 uniform draws against the normal the CLT predicts;
//   ch20-entropy                                     the entropy of Bernoulli(p) and of Geo(p).

// 1. The expected value of a die by hand, E[X] = Σ k P(X = k), and its variance E[(X − EX)²] …
val faces = 1..6
val eByHand = faces.sumOf { k -> k / 6.0 }
val varByHand = faces.sumOf { k -> (k - eByHand).pow(2) / 6.0 }
println("by hand: E = $eByHand, Var = $varByHand, sd = ${sqrt(varByHand)}")
// >>> by hand: E = 3.5, Var = 2.916666666666667, sd = 1.7078251276599332

// … and with the library: the distribution knows them, and expectation(d) { g } computes E[g(X)] for any g
//    (a sum over the support for discrete X, adaptive quadrature for continuous X).
val die = DiscreteUniform(1, 6)
println("library: E = ${die.mean}, Var = ${die.variance}, E[X²] = ${expectation(die) { k -> k * k }}")
// >>> library: E = 3.5, Var = 2.9166666666666665, E[X²] = 15.166666666666666
println("E[X²] for X ~ N(0, 1): ${expectation(Normal(0, 1)) { x -> x * x }}; E[e^X] = ${expectation(Normal(0, 1)) { x -> exp(x) }} = √e")
// >>> E[X²] for X ~ N(0, 1): 1.0000000000000009; E[e^X] = 1.648721270700129 = √e

// 2. The law of large numbers: 1000 experiments of 1000 tosses (a 1000×1000 matrix, one experiment per row),
//    and the running mean of each row. Every row settles at ½; how fast is the CLT's business.
seed(20)
val coins = experiments(Bernoulli(0.5), repetitions = 1000, n = 1000)
val coinMeans = runningMeans(coins)
println("first experiment after 10, 100, 1000 tosses: ${listOf(9, 99, 999).map { coinMeans[0, it] }}")
// >>> first experiment after 10, 100, 1000 tosses: [0.5, 0.43, 0.482]
val dice = experiments(die, repetitions = 1000, n = 1000)
val diceMeans = runningMeans(dice)

// 3. The spread of the averages shrinks like σ/√n: the sd of the 1000 averages at n = 5, 100, 999 against
//    σ/√n (σ = √(35/12) ≈ 1.708 for a die).
for (n in listOf(5, 100, 999)) {
    val averages = diceMeans.column(n - 1)
    println("dice, n = $n: sd of the averages ${"%.4f".format(sd(averages))}, σ/√n = ${"%.4f".format(die.sd / sqrt(n.toDouble()))}")
}
// >>> dice, n = 5: sd of the averages 0.7701, σ/√n = 0.7638
// >>> dice, n = 100: sd of the averages 0.1715, σ/√n = 0.1708
// >>> dice, n = 999: sd of the averages 0.0551, σ/√n = 0.0540

// 4. The central limit theorem: means of 30 draws from U(0, 10) are close to N(5, (10²/12)/30), whatever the
//    shape of the uniform (Math-for-ML notebook 09).
val means30 = sampleMeans(Uniform(0, 10), repetitions = 10_000, n = 30)
val predicted = Normal(mean = 5.0, sd = sqrt(100.0 / 12 / 30))
println("means of 30 uniforms: mean ${"%.3f".format(mean(means30))}, sd ${"%.4f".format(sd(means30))}; CLT: sd ${"%.4f".format(predicted.sd)}")
// >>> means of 30 uniforms: mean 4.995, sd 0.5245; CLT: sd 0.5270

// 5. Monte Carlo: an expectation estimated from draws, in parallel on all cores and the same on any number
//    of threads. π = 4 P(U₁² + U₂² ≤ 1).
val pi = monteCarlo(n = 10_000_000, seed = 1) { rng ->
    val x = rng.nextDouble(); val y = rng.nextDouble()
    if (x * x + y * y <= 1) 4.0 else 0.0
}
println("π ≈ ${"%.5f".format(pi.value)} ± ${"%.5f".format(pi.standardError)}")
// >>> π ≈ 3.14146 ± 0.00052

// 6. Information. The book's entropies in nats, by hand and from the distributions:
fun bernoulliEntropy(p: Double) = -p * ln(p) - (1 - p) * ln(1 - p)
fun geomEntropy(p: Double) = -(p * ln(p) + (1 - p) * ln(1 - p)) / p
println("H(Bernoulli(½)) = ${bernoulliEntropy(0.5)} = ${Bernoulli(0.5).entropy}; H(Bernoulli(0.1)) = ${Bernoulli(0.1).entropy}")
// >>> H(Bernoulli(½)) = 0.6931471805599453 = 0.6931471805599453; H(Bernoulli(0.1)) = 0.3250829733914482
println("H(Geo(½)) = ${geomEntropy(0.5)} = ${Geometric(0.5).entropy}; H(Geo(0.2)) = ${Geometric(0.2).entropy}")
// >>> H(Geo(½)) = 1.3862943611198906 = 1.3862943611198906; H(Geo(0.2)) = 2.5020121176909393

//    … and the Math-for-ML information-theory notebooks' values, in bits (base = 2.0):
println("H([0.9, 0.1]) = ${entropy(listOf(0.9, 0.1), base = 2.0)} bits")
// >>> H([0.9, 0.1]) = 0.46899559358928117 bits
println("cross-entropy of [1, 0, 0] and [0.9, 0.05, 0.05]: ${crossEntropy(listOf(1.0, 0.0, 0.0), listOf(0.9, 0.05, 0.05), base = 2.0)} bits")
// >>> cross-entropy of [1, 0, 0] and [0.9, 0.05, 0.05]: 0.15200309344504997 bits
println("KL([0.7, 0.2, 0.1] ‖ [0.6, 0.25, 0.15]) = ${kl(listOf(0.7, 0.2, 0.1), listOf(0.6, 0.25, 0.15), base = 2.0)} bits")
// >>> KL([0.7, 0.2, 0.1] ‖ [0.6, 0.25, 0.15]) = 0.03279282588592554 bits
println("KL(N(0, 1) ‖ N(1, 2)) = ${kl(Normal(0, 1), Normal(1, 2))} nats = ln 2 + 2/8 − ½")
// >>> KL(N(0, 1) ‖ N(1, 2)) = 0.4431471805599453 nats = ln 2 + 2/8 − ½
println("mutual information of [0,0,1,1] and [0,1,0,1]: ${mutualInformation(matrix(row(1, 1), row(1, 1)))}; of X and X: ${mutualInformation(matrix(row(2, 0), row(0, 2)))} = ln 2")
// >>> mutual information of [0,0,1,1] and [0,1,0,1]: 0.0; of X and X: 0.6931471805599453 = ln 2
println("log loss of [1, 0, 1] against [0.9, 0.2, 0.8]: ${binaryCrossEntropy(vector(1, 0, 1), vector(0.9, 0.2, 0.8))}")
// >>> log loss of [1, 0, 1] against [0.9, 0.2, 0.8]: 0.18388253942874858

// 7. The figures.
show(runningMeanPlot(coins.row(0), expectation = 0.5) + coordCartesian(ylim = 0.0 to 1.0) +
    labs(x = "number of tosses", y = "relative frequency") + ggtitle("the running mean of 1000 coin tosses") + ggsize(900, 400),
    "ch20-coin-running-mean.svg", "ch20-coin-running-mean.png")
show(runningMeanPlot(dice.row(0), expectation = 3.5) + coordCartesian(ylim = 0.0 to 6.0) +
    labs(x = "number of rolls", y = "average") + ggtitle("the running mean of 1000 dice rolls") + ggsize(900, 400),
    "ch20-dice-running-mean.svg", "ch20-dice-running-mean.png")
// An average of n tosses or rolls takes only the values k/n: bins whose edges lie halfway between those
// values (merged m at a time, to keep about 30 bars) put each bar on whole values, with no empty gaps.
fun latticeEdges(xs: Vector, n: Int): Vector {
    val lo = floor(xs.min() * n) - 0.5
    val hi = ceil(xs.max() * n) + 0.5
    val m = max(1, ((hi - lo) / 30).roundToInt())
    return Vector.of(*DoubleArray(((hi - lo) / m).toInt() + 2) { (lo + it * m) / n })
}
fun averagesFigure(means: Matrix, range: Pair<Double, Double>) = panels(listOf(5, 100, 999).map { n ->
    val averages = means.column(n - 1)
    histogramPlot(averages, latticeEdges(averages, n)) + coordCartesian(xlim = range) + ggtitle("n = $n")
}) + ggsize(1200, 380)
show(averagesFigure(coinMeans, 0.0 to 1.0), "ch20-coin-averages.svg", "ch20-coin-averages.png")
show(averagesFigure(diceMeans, 1.0 to 6.0), "ch20-dice-averages.svg", "ch20-dice-averages.png")
show(histogramPlot(means30, bins = 40, density = predicted) + ggtitle("means of 30 draws of U(0, 10) and N(5, 10²/360)") + ggsize(800, 420),
    "ch20-clt.svg", "ch20-clt.png")
show(panels(listOf(
    functionPlot(0.001..0.999, "H" to { p: Double -> Bernoulli(p).entropy }) + ggtitle("the entropy of Bernoulli(p)") + labs(x = "p", y = "nats"),
    functionPlot(0.001..0.999, "H" to { p: Double -> Geometric(p).entropy }) + ggtitle("the entropy of Geo(p)") + labs(x = "p", y = "nats"),
).map { it + theme().legendPositionNone() }
) + ggsize(1100, 400), "ch20-entropy.svg", "ch20-entropy.png")
