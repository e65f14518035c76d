@file:Suppress("FunctionName")

package dev.polya.dsl.probability

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.distributions.Convolution
import dev.polya.probability.distributions.ContinuousDistribution
import dev.polya.probability.distributions.DiscreteDistribution
import dev.polya.probability.distributions.FiniteDistribution
import dev.polya.probability.distributions.MultivariateNormal as MultivariateNormalDistribution

/*
 * The distributions of part 4 by their names, with Kotlin's named and default arguments:
 * `Normal(0, 1)`, `Normal(mean = 2.0, sd = 3.0)`, `Gamma(shape = 2.0, scale = 1.5)`. Numbers may be Ints or
 * Doubles. Each returns the engine's immutable distribution (dev.polya.probability.distributions), which
 * validates its parameters and names the bad one (`Normal: sigma must be > 0, was -1.0`).
 */

/** The normal distribution N(μ, σ²) with mean [mean] = μ and standard deviation [sd] = σ > 0. */
public fun Normal(mean: Number = 0.0, sd: Number = 1.0): dev.polya.probability.distributions.Normal =
    dev.polya.probability.distributions.Normal(mean.toDouble(), sd.toDouble())

/** The continuous uniform distribution on [[low], [high]]. */
public fun Uniform(low: Number = 0.0, high: Number = 1.0): dev.polya.probability.distributions.Uniform =
    dev.polya.probability.distributions.Uniform(low.toDouble(), high.toDouble())

/** The exponential distribution with density λe^(−λx) on x ≥ 0, [rate] = λ > 0 (mean 1/λ). */
public fun Exponential(rate: Number = 1.0): dev.polya.probability.distributions.Exponential =
    dev.polya.probability.distributions.Exponential(rate.toDouble())

/** The gamma distribution with [shape] k > 0 and [scale] θ > 0 (mean kθ), as `scipy.stats.gamma(k, scale=θ)`. */
public fun Gamma(shape: Number, scale: Number = 1.0): dev.polya.probability.distributions.Gamma =
    dev.polya.probability.distributions.Gamma(shape.toDouble(), scale.toDouble())

/** The beta distribution on [0, 1] with shapes [a] = α > 0 and [b] = β > 0. */
public fun Beta(a: Number, b: Number): dev.polya.probability.distributions.Beta =
    dev.polya.probability.distributions.Beta(a.toDouble(), b.toDouble())

/** The χ² distribution with [k] > 0 degrees of freedom. */
public fun ChiSquared(k: Number): dev.polya.probability.distributions.ChiSquared =
    dev.polya.probability.distributions.ChiSquared(k.toDouble())

/** Student's t distribution with [nu] = ν > 0 degrees of freedom. */
public fun StudentT(nu: Number): dev.polya.probability.distributions.StudentT =
    dev.polya.probability.distributions.StudentT(nu.toDouble())

/** The Laplace distribution with location [mean] = μ and scale [scale] = b > 0. */
public fun Laplace(mean: Number = 0.0, scale: Number = 1.0): dev.polya.probability.distributions.Laplace =
    dev.polya.probability.distributions.Laplace(mean.toDouble(), scale.toDouble())

/** The log-normal distribution of e^X for X ~ N([mu], [sigma]²). */
public fun LogNormal(mu: Number = 0.0, sigma: Number = 1.0): dev.polya.probability.distributions.LogNormal =
    dev.polya.probability.distributions.LogNormal(mu.toDouble(), sigma.toDouble())

/** The Bernoulli distribution: 1 with probability [p] ∈ [0, 1], else 0. */
public fun Bernoulli(p: Number): dev.polya.probability.distributions.Bernoulli =
    dev.polya.probability.distributions.Bernoulli(p.toDouble())

/** The binomial distribution: successes in [n] independent trials of probability [p]. */
public fun Binomial(n: Int, p: Number): dev.polya.probability.distributions.Binomial =
    dev.polya.probability.distributions.Binomial(n.toLong(), p.toDouble())

/** The geometric distribution: the trial of the first success, k = 1, 2, … (support k ≥ 1, as `scipy.stats.geom`). */
public fun Geometric(p: Number): dev.polya.probability.distributions.Geometric =
    dev.polya.probability.distributions.Geometric(p.toDouble())

/** The discrete uniform distribution on the integers [low] … [high], both included (a die: `DiscreteUniform(1, 6)`). */
public fun DiscreteUniform(low: Int, high: Int): dev.polya.probability.distributions.DiscreteUniform =
    dev.polya.probability.distributions.DiscreteUniform(low.toLong(), high.toLong())

/** The Poisson distribution with [rate] λ ≥ 0 (mean and variance λ). */
public fun Poisson(rate: Number): dev.polya.probability.distributions.Poisson =
    dev.polya.probability.distributions.Poisson(rate.toDouble())

/** The negative binomial distribution: failures before the [r]-th success, success probability [p] (as SciPy's `nbinom`). */
public fun NegativeBinomial(r: Number, p: Number): dev.polya.probability.distributions.NegativeBinomial =
    dev.polya.probability.distributions.NegativeBinomial(r.toDouble(), p.toDouble())

/** The categorical distribution on 0, 1, …, k − 1 with the given [probabilities] (which must sum to 1). */
public fun Categorical(probabilities: List<Number>): dev.polya.probability.distributions.Categorical =
    dev.polya.probability.distributions.Categorical(DoubleArray(probabilities.size) { probabilities[it].toDouble() })

/** The categorical distribution on 0, 1, …, k − 1 with the given [probabilities] (which must sum to 1). */
public fun Categorical(probabilities: Vector): dev.polya.probability.distributions.Categorical =
    dev.polya.probability.distributions.Categorical(probabilities.toArray())

/** The multivariate normal distribution N(μ, Σ) with [mean] μ and symmetric positive definite [covariance] Σ. */
public fun MultivariateNormal(mean: Vector, covariance: Matrix): MultivariateNormalDistribution =
    MultivariateNormalDistribution(mean, covariance)

/** The distribution of X + Y for independent X ~ this and Y ~ [other], by PMF convolution: two dice `DiscreteUniform(1, 6) + DiscreteUniform(1, 6)`. */
public operator fun DiscreteDistribution.plus(other: DiscreteDistribution): FiniteDistribution = Convolution.sum(this, other)

/** The mean E[X]. */
public val ContinuousDistribution.mean: Double get() = mean()

/** The variance Var X = E[(X − EX)²]. */
public val ContinuousDistribution.variance: Double get() = variance()

/** The standard deviation √Var X. */
public val ContinuousDistribution.sd: Double get() = sd()

/** The differential entropy −∫ p log p, in nats. */
public val ContinuousDistribution.entropy: Double get() = entropy()

/** The mean E[X]. */
public val DiscreteDistribution.mean: Double get() = mean()

/** The variance Var X = E[(X − EX)²]. */
public val DiscreteDistribution.variance: Double get() = variance()

/** The standard deviation √Var X. */
public val DiscreteDistribution.sd: Double get() = sd()

/** The entropy −Σ p log p, in nats. */
public val DiscreteDistribution.entropy: Double get() = entropy()

/** The mean vector μ. */
public val MultivariateNormalDistribution.mean: Vector get() = mean()

/** The covariance matrix Σ. */
public val MultivariateNormalDistribution.covariance: Matrix get() = covariance()

/** The density at an integer point: `Normal(0, 1).pdf(0)`. */
public fun ContinuousDistribution.pdf(x: Int): Double = pdf(x.toDouble())

/** The distribution function P(X ≤ x) at an integer point. */
public fun ContinuousDistribution.cdf(x: Int): Double = cdf(x.toDouble())

/** The mass P(X = k) at an Int: `Binomial(20, 0.5).pmf(k)` inside `for (k in 0..20)`. */
public fun DiscreteDistribution.pmf(k: Int): Double = pmf(k.toLong())

/** The distribution function P(X ≤ k) at an Int. */
public fun DiscreteDistribution.cdf(k: Int): Double = cdf(k.toDouble())

/** The masses P(X = k) for every k of [ks], as a Vector (for a PMF bar chart or a table). */
public fun DiscreteDistribution.pmf(ks: IntRange): Vector = Vector.of(*DoubleArray(ks.count()) { pmf((ks.first + it).toLong()) })
