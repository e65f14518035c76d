package dev.polya.dsl.probability

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.distributions.ContinuousDistribution
import dev.polya.probability.distributions.DiscreteDistribution
import dev.polya.probability.distributions.Expectation
import dev.polya.probability.distributions.KullbackLeibler
import dev.polya.probability.information.Entropy
import dev.polya.probability.information.SoftmaxCrossEntropy

/*
 * Information theory and expectations. Entropies are in nats unless a [base] is given (`base = 2.0` for bits,
 * as the information-theory notebooks use); zero probabilities are skipped (0 log 0 = 0). Probability vectors
 * must be non-negative and sum to 1 within Entropy.SUM_TOLERANCE — otherwise a typed error names the sum.
 */

/** The entropy H(p) = −Σ pᵢ log pᵢ, in nats (or in [base]: 2.0 for bits). */
public fun entropy(p: Vector, base: Double = Math.E): Double = Entropy.entropy(p.values(), base)

/** The entropy H(p) = −Σ pᵢ log pᵢ, in nats (or in [base]). */
public fun entropy(p: DoubleArray, base: Double = Math.E): Double = Entropy.entropy(p, base)

/** The entropy H(p) = −Σ pᵢ log pᵢ, in nats (or in [base]). */
public fun entropy(p: List<Number>, base: Double = Math.E): Double = Entropy.entropy(p.values(), base)

/** The cross-entropy H(p, q) = −Σ pᵢ log qᵢ, in nats (or in [base]). */
public fun crossEntropy(p: Vector, q: Vector, base: Double = Math.E): Double = Entropy.crossEntropy(p.values(), q.values(), base)

/** The cross-entropy H(p, q) = −Σ pᵢ log qᵢ. */
public fun crossEntropy(p: DoubleArray, q: DoubleArray, base: Double = Math.E): Double = Entropy.crossEntropy(p, q, base)

/** The cross-entropy H(p, q) = −Σ pᵢ log qᵢ. */
public fun crossEntropy(p: List<Number>, q: List<Number>, base: Double = Math.E): Double =
    Entropy.crossEntropy(p.values(), q.values(), base)

/** The Kullback–Leibler divergence D(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ) ≥ 0, in nats (or in [base]); ∞ when q is 0 where p is not. */
public fun kl(p: Vector, q: Vector, base: Double = Math.E): Double = Entropy.kl(p.values(), q.values(), base)

/** The Kullback–Leibler divergence D(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ). */
public fun kl(p: DoubleArray, q: DoubleArray, base: Double = Math.E): Double = Entropy.kl(p, q, base)

/** The Kullback–Leibler divergence D(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ). */
public fun kl(p: List<Number>, q: List<Number>, base: Double = Math.E): Double = Entropy.kl(p.values(), q.values(), base)

/** The Jensen–Shannon divergence ½D(p ‖ m) + ½D(q ‖ m), m = (p + q)/2: symmetric and at most log 2. */
public fun jensenShannon(p: Vector, q: Vector, base: Double = Math.E): Double = Entropy.jensenShannon(p.values(), q.values(), base)

/** The Jensen–Shannon divergence of two probability vectors. */
public fun jensenShannon(p: DoubleArray, q: DoubleArray, base: Double = Math.E): Double = Entropy.jensenShannon(p, q, base)

/** The Jensen–Shannon divergence of two probability vectors. */
public fun jensenShannon(p: List<Number>, q: List<Number>, base: Double = Math.E): Double =
    Entropy.jensenShannon(p.values(), q.values(), base)

/** The mutual information I(X; Y) in nats of a contingency table (counts or joint probabilities; normalized first). */
public fun mutualInformation(table: Matrix): Double = Entropy.mutualInformation(table.toArray())

/** The mutual information I(X; Y) in nats of a contingency table given as rows. */
public fun mutualInformation(table: List<List<Number>>): Double =
    Entropy.mutualInformation(Array(table.size) { table[it].values() })

/** The binary cross-entropy −(1/n) Σ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)] of labels [y] ∈ {0, 1} and predictions [yHat] ∈ (0, 1). */
public fun binaryCrossEntropy(y: Vector, yHat: Vector): Double = Entropy.binaryCrossEntropy(y.values(), yHat.values())

/** The binary cross-entropy of labels [y] ∈ {0, 1} and predictions [yHat] ∈ (0, 1). */
public fun binaryCrossEntropy(y: DoubleArray, yHat: DoubleArray): Double = Entropy.binaryCrossEntropy(y, yHat)

/** The binary cross-entropy of labels [y] ∈ {0, 1} and predictions [yHat] ∈ (0, 1): `binaryCrossEntropy(listOf(1, 0, 1), listOf(0.9, 0.2, 0.8))`. */
public fun binaryCrossEntropy(y: List<Number>, yHat: List<Number>): Double = Entropy.binaryCrossEntropy(y.values(), yHat.values())

/** The Kullback–Leibler divergence D(p ‖ q) between two continuous distributions: closed form where one exists (two normals, two exponentials, …), quadrature otherwise. */
public fun kl(p: ContinuousDistribution, q: ContinuousDistribution): Double = KullbackLeibler.kl(p, q)

/** The Kullback–Leibler divergence D(p ‖ q) between two discrete distributions. */
public fun kl(p: DiscreteDistribution, q: DiscreteDistribution): Double = KullbackLeibler.kl(p, q)

/** The expectation E[g(X)] = ∫ g(x) p(x) dx by adaptive quadrature: `expectation(Normal(0, 1)) { x -> x * x }` is 1. */
public fun expectation(d: ContinuousDistribution, g: (Double) -> Double): Double = Expectation.of(d) { x -> g(x) }

/** The expectation E[g(X)] = Σ g(k) P(X = k) by summation over the support (truncated where the tail mass is below rounding). */
public fun expectation(d: DiscreteDistribution, g: (Double) -> Double): Double = Expectation.of(d) { k -> g(k.toDouble()) }

/** The softmax cross-entropy −log softmax(z)_y = logsumexp(z) − z_y of [logits] z and a class [label] y, computed stably. */
public fun softmaxCrossEntropy(logits: Vector, label: Int): Double = SoftmaxCrossEntropy.loss(logits, label)

/** The softmax cross-entropy −Σ tᵢ log softmax(z)ᵢ of [logits] z and a probability [target] t. */
public fun softmaxCrossEntropy(logits: Vector, target: Vector): Double = SoftmaxCrossEntropy.loss(logits, target)
