package dev.polya.dsl.probability

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.distributions.ContinuousDistribution
import dev.polya.probability.distributions.DiscreteDistribution
import dev.polya.probability.statistics.Histogram
import dev.polya.probability.statistics.LawOfLargeNumbers
import java.util.random.RandomGenerator

/*
 * The laws of large numbers in code (chapter 20) and histograms: running means, repeated experiments, the
 * sample means of many experiments (the central limit theorem's histogram), and numpy.histogram's bins.
 */

/** The running means X̄₁, X̄₂, …, X̄ₙ of a sequence of draws (X̄ₖ = (x₁ + … + xₖ)/k): the law of large numbers in one line. */
public fun runningMeans(xs: Vector): Vector = LawOfLargeNumbers.runningMeans(xs)

/** The running means of a sequence of draws. */
public fun runningMeans(xs: DoubleArray): Vector = LawOfLargeNumbers.runningMeans(xs)

/** The running means of a sequence of draws. */
public fun runningMeans(xs: List<Number>): Vector = LawOfLargeNumbers.runningMeans(xs.values())

/** [repetitions] experiments of [n] draws each, as a repetitions×n Matrix (row i is experiment i). */
public fun experiments(d: ContinuousDistribution, repetitions: Int, n: Int, random: RandomGenerator = DefaultRandom.rng): Matrix =
    LawOfLargeNumbers.experiments(d, repetitions, n, random)

/** [repetitions] experiments of [n] draws each of a discrete distribution (a coin tossed n times, k times over). */
public fun experiments(d: DiscreteDistribution, repetitions: Int, n: Int, random: RandomGenerator = DefaultRandom.rng): Matrix =
    LawOfLargeNumbers.experiments(d, repetitions, n, random)

/** The sample means of [repetitions] experiments of size [n]: approximately N(μ, σ²/n) by the central limit theorem. */
public fun sampleMeans(d: ContinuousDistribution, repetitions: Int, n: Int, random: RandomGenerator = DefaultRandom.rng): Vector =
    LawOfLargeNumbers.sampleMeans(d, repetitions, n, random)

/** The sample means of [repetitions] experiments of size [n] of a discrete distribution. */
public fun sampleMeans(d: DiscreteDistribution, repetitions: Int, n: Int, random: RandomGenerator = DefaultRandom.rng): Vector =
    LawOfLargeNumbers.sampleMeans(d, repetitions, n, random)

/** The histogram of [xs] in [bins] equal bins over [min, max] (`numpy.histogram`): `.edges`, `.counts`, `.densities`, `.centers()`. */
public fun histogram(xs: Vector, bins: Int = 10): Histogram = Histogram.of(xs, bins)

/** The histogram of [xs] in [bins] equal bins over [range] (values outside are not counted). */
public fun histogram(xs: Vector, bins: Int, range: ClosedFloatingPointRange<Double>): Histogram =
    Histogram.of(xs, bins, range.start, range.endInclusive)

/** The histogram of [xs] in [bins] equal bins over [min, max]. */
public fun histogram(xs: DoubleArray, bins: Int = 10): Histogram = Histogram.of(xs, bins)

/** The histogram of [xs] in [bins] equal bins over [min, max]. */
public fun histogram(xs: List<Number>, bins: Int = 10): Histogram = Histogram.of(xs.values(), bins)

/** The running means of every row of a matrix of repeated experiments: entry (i, k) is the mean of the first k + 1 draws of experiment i. */
public fun runningMeans(experiments: Matrix): Matrix = LawOfLargeNumbers.runningMeans(experiments)
