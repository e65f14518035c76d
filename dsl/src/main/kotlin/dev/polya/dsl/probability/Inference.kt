package dev.polya.dsl.probability

import dev.polya.linalg.Vector
import dev.polya.probability.statistics.ConfidenceInterval
import dev.polya.probability.statistics.GaussianKde
import dev.polya.probability.statistics.GaussianMle
import dev.polya.probability.statistics.TTest
import java.util.random.RandomGenerator

/*
 * Inference: t-tests, confidence intervals for a mean, the Gaussian maximum-likelihood fit and kernel density
 * estimates, for a sample given as a Vector, a DoubleArray or a List of numbers.
 */

/** The one-sample t-test of H₀: E[X] = [mu]: `.statistic`, `.degreesOfFreedom`, `.pValue` (two-sided), `.meanDifference`. */
public fun tTest(xs: Vector, mu: Double): TTest.TTestResult = TTest.oneSample(xs.values(), mu)

/** The one-sample t-test of H₀: E[X] = [mu]. */
public fun tTest(xs: DoubleArray, mu: Double): TTest.TTestResult = TTest.oneSample(xs, mu)

/** The one-sample t-test of H₀: E[X] = [mu]. */
public fun tTest(xs: List<Number>, mu: Double): TTest.TTestResult = TTest.oneSample(xs.values(), mu)

/** The two-sample t-test of H₀: E[X] = E[Y]: Welch's (unequal variances) unless [equalVariances] (Student's pooled test). */
public fun tTest(xs: Vector, ys: Vector, equalVariances: Boolean = false): TTest.TTestResult =
    TTest.twoSample(xs.values(), ys.values(), equalVariances)

/** The two-sample t-test of H₀: E[X] = E[Y]. */
public fun tTest(xs: DoubleArray, ys: DoubleArray, equalVariances: Boolean = false): TTest.TTestResult =
    TTest.twoSample(xs, ys, equalVariances)

/** The two-sample t-test of H₀: E[X] = E[Y]. */
public fun tTest(xs: List<Number>, ys: List<Number>, equalVariances: Boolean = false): TTest.TTestResult =
    TTest.twoSample(xs.values(), ys.values(), equalVariances)

/** The t confidence interval x̄ ± t₍₁₊ₗ₎/₂,ₙ₋₁ · s/√n for the mean at [level]: `.low`, `.high`, `.contains(μ)`. */
public fun confidenceInterval(xs: Vector, level: Double = 0.95): ConfidenceInterval.Interval = ConfidenceInterval.tMean(xs.values(), level)

/** The t confidence interval for the mean at [level]. */
public fun confidenceInterval(xs: DoubleArray, level: Double = 0.95): ConfidenceInterval.Interval = ConfidenceInterval.tMean(xs, level)

/** The t confidence interval for the mean at [level]. */
public fun confidenceInterval(xs: List<Number>, level: Double = 0.95): ConfidenceInterval.Interval =
    ConfidenceInterval.tMean(xs.values(), level)

/** The bootstrap percentile interval for the mean at [level] from [resamples] resamples drawn from [random]. */
public fun bootstrapInterval(
    xs: Vector,
    level: Double = 0.95,
    resamples: Int = 10_000,
    random: RandomGenerator = DefaultRandom.rng,
): ConfidenceInterval.Interval = ConfidenceInterval.bootstrapMean(xs.values(), level, random, resamples)

/** The maximum-likelihood normal fit of a sample: `.mean` and `.sd` (the population standard deviation), `.toNormal()`. */
public fun fitNormal(xs: Vector): GaussianMle = GaussianMle.fit(xs.values())

/** The maximum-likelihood normal fit of a sample. */
public fun fitNormal(xs: DoubleArray): GaussianMle = GaussianMle.fit(xs)

/** The maximum-likelihood normal fit of a sample. */
public fun fitNormal(xs: List<Number>): GaussianMle = GaussianMle.fit(xs.values())

/** The bootstrap percentile interval for the mean of a list of numbers. */
public fun bootstrapInterval(
    xs: List<Number>,
    level: Double = 0.95,
    resamples: Int = 10_000,
    random: RandomGenerator = DefaultRandom.rng,
): ConfidenceInterval.Interval = ConfidenceInterval.bootstrapMean(xs.values(), level, random, resamples)

/** A Gaussian kernel density estimate of a sample with Scott's bandwidth times [adjust]: `kde(xs)(0.5)`. */
public fun kde(sample: DoubleArray, adjust: Double = 1.0): GaussianKde = kde(Vector.of(*sample), adjust)

/** A Gaussian kernel density estimate of a sample with Scott's bandwidth times [adjust]: `kde(xs)(0.5)`. */
public fun kde(sample: List<Number>, adjust: Double = 1.0): GaussianKde = kde(Vector.of(*sample.values()), adjust)
