// polya — Part 4, Chapter 18: What is probability?
//
// The book's chapter 18 notebook tosses a fair coin 1000 times and watches the relative frequency of heads
// settle at 1/2: probability as the long-run frequency of an event. This sample tosses the coin by hand with
// an explicit random stream, then with the library's distributions and running means, and adds the small
// counting examples of the Math-for-ML probability notebooks (a joint and a conditional probability, Bayes'
// theorem on a medical test).
// Run it with   ./polya run samples/scripts/part4/ch18-what-is-probability.polya.kts
//
// What you will see: frequencies of heads for growing n; P(A ∩ B), P(A | B) and a posterior; and one figure —
//   ch18-coin-frequency   the running relative frequency of heads over 1000 tosses, settling at 0.5.


// 1. A sample space Ω = {H, T}, an event A = {H}, and a fair coin. By hand: a uniform number u ∈ [0, 1)
//    from a seeded stream is "heads" when u < 1/2. The same seed gives the same tosses on every machine.
val rng = Rng(18)
val tosses = List(1000) { if (rng.nextDouble() < 0.5) 1 else 0 }
println("first ten tosses: ${tosses.take(10).joinToString("") { if (it == 1) "H" else "T" }}")
// >>> first ten tosses: TTHTHTTTTH
for (n in listOf(10, 100, 1000)) println("heads in the first $n tosses: ${tosses.take(n).sum()} → frequency ${tosses.take(n).sum().toDouble() / n}")
// >>> heads in the first 10 tosses: 3 → frequency 0.3
// >>> heads in the first 100 tosses: 44 → frequency 0.44
// >>> heads in the first 1000 tosses: 497 → frequency 0.497

// 2. The relative frequency after k tosses, f_k = (x₁ + … + x_k)/k, by hand with a running sum …
var heads = 0
val frequencyByHand = tosses.mapIndexed { k, x -> heads += x; heads.toDouble() / (k + 1) }

// … and with the library: a coin is Bernoulli(½); sample(d, n, rng) draws n tosses from a stream and
//    runningMeans gives every f_k at once. Bernoulli's sampler also compares one uniform draw with p, so the
//    same seed gives the very same tosses as by hand.
val coin = Bernoulli(0.5)
val draws = sample(coin, 1000, Rng(18))
val frequency = runningMeans(draws)
println("same tosses as by hand: ${draws.toArray().map { it.toInt() } == tosses}")
// >>> same tosses as by hand: true
println("largest |f_k − by hand|: ${(0 until 1000).maxOf { abs(frequency[it] - frequencyByHand[it]) }}")
// >>> largest |f_k − by hand|: 0.0
println("P(heads) = ${coin.pmf(1)}, E[X] = ${coin.mean}, Var X = ${coin.variance}")
// >>> P(heads) = 0.5, E[X] = 0.5, Var X = 0.25

// 3. How far from ½ is f_n likely to be? The standard deviation of f_n is √(p(1 − p)/n): 0.016 at n = 1000,
//    so 0.497 is an ordinary outcome, 0.55 would not be (three standard deviations away).
println("sd of f₁₀₀₀ = ${"%.4f".format(sqrt(0.25 / 1000))}")
// >>> sd of f₁₀₀₀ = 0.0158

// 4. Counting probabilities (Math-for-ML, probability notebook 05): eight students, who takes ML and who
//    takes Python. P(ML ∩ Py) = 4/8 and P(ML | Py) = P(ML ∩ Py)/P(Py) = 4/6.
val ml = listOf(1, 1, 0, 1, 0, 1, 0, 1)
val python = listOf(1, 1, 1, 0, 0, 1, 1, 1)
val both = ml.indices.count { ml[it] == 1 && python[it] == 1 }
println("P(ML ∩ Py) = ${both / 8.0}, P(ML | Py) = ${both.toDouble() / python.sum()}")
// >>> P(ML ∩ Py) = 0.5, P(ML | Py) = 0.6666666666666666

// 5. Bayes' theorem (notebook 06): a disease with prevalence 1%, a test with sensitivity 99% and a false
//    positive rate of 5%. P(+) = Σ P(+ | D)P(D), and P(D | +) = P(+ | D)P(D)/P(+): only one positive in six
//    is ill, because the healthy are so many more.
val pD = 0.01
val pPositive = 0.99 * pD + 0.05 * (1 - pD)
println("P(+) = $pPositive, P(D | +) = ${0.99 * pD / pPositive}")
// >>> P(+) = 0.0594, P(D | +) = 0.16666666666666669

// 6. The figure: the running frequency of heads, with the probability ½ as a dashed line.
val figure = runningMeanPlot(draws, expectation = 0.5) +
    coordCartesian(ylim = 0.0 to 1.0) + labs(x = "number of tosses", y = "relative frequency of heads") +
    ggtitle("1000 tosses of a fair coin") + ggsize(900, 420)
show(figure, "ch18-coin-frequency.svg", "ch18-coin-frequency.png")
