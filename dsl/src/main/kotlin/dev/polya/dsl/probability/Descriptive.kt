package dev.polya.dsl.probability

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.statistics.Descriptive

/*
 * Descriptive statistics (the statistics material of part 4), each for a Vector, a DoubleArray and a List of
 * numbers. Variances follow NumPy: population (ddof = 0) unless asked, `variance(xs, ddof = 1)` for the
 * sample variance; quantiles interpolate linearly as `numpy.quantile`. All delegate to
 * dev.polya.probability.statistics.Descriptive, which rejects empty samples and a ddof ≥ n by name.
 */

/** The mean x̄ = (1/n) Σ xᵢ. */
public fun mean(xs: Vector): Double = Descriptive.mean(xs.values())

/** The mean x̄ = (1/n) Σ xᵢ. */
public fun mean(xs: DoubleArray): Double = Descriptive.mean(xs)

/** The mean x̄ = (1/n) Σ xᵢ. */
public fun mean(xs: List<Number>): Double = Descriptive.mean(xs.values())

/** The variance Σ(xᵢ − x̄)² / (n − [ddof]): population for ddof = 0 (NumPy's default), sample for ddof = 1. */
public fun variance(xs: Vector, ddof: Int = 0): Double = Descriptive.variance(xs.values(), ddof)

/** The variance Σ(xᵢ − x̄)² / (n − [ddof]). */
public fun variance(xs: DoubleArray, ddof: Int = 0): Double = Descriptive.variance(xs, ddof)

/** The variance Σ(xᵢ − x̄)² / (n − [ddof]). */
public fun variance(xs: List<Number>, ddof: Int = 0): Double = Descriptive.variance(xs.values(), ddof)

/** The standard deviation √variance(xs, [ddof]). */
public fun sd(xs: Vector, ddof: Int = 0): Double = Descriptive.sd(xs.values(), ddof)

/** The standard deviation √variance(xs, [ddof]). */
public fun sd(xs: DoubleArray, ddof: Int = 0): Double = Descriptive.sd(xs, ddof)

/** The standard deviation √variance(xs, [ddof]). */
public fun sd(xs: List<Number>, ddof: Int = 0): Double = Descriptive.sd(xs.values(), ddof)

/** The median: the middle value, or the mean of the two middle ones. */
public fun median(xs: Vector): Double = Descriptive.median(xs.values())

/** The median: the middle value, or the mean of the two middle ones. */
public fun median(xs: DoubleArray): Double = Descriptive.median(xs)

/** The median: the middle value, or the mean of the two middle ones. */
public fun median(xs: List<Number>): Double = Descriptive.median(xs.values())

/** The most frequent value (the smallest among ties, as `scipy.stats.mode`). */
public fun mode(xs: Vector): Double = Descriptive.mode(xs.values())

/** The most frequent value (the smallest among ties). */
public fun mode(xs: DoubleArray): Double = Descriptive.mode(xs)

/** The most frequent value (the smallest among ties). */
public fun mode(xs: List<Number>): Double = Descriptive.mode(xs.values())

/** The [q]-quantile, q ∈ [0, 1], interpolated linearly between order statistics (`numpy.quantile`). */
public fun quantile(xs: Vector, q: Double): Double = Descriptive.quantile(xs.values(), q)

/** The [q]-quantile, q ∈ [0, 1] (`numpy.quantile`). */
public fun quantile(xs: DoubleArray, q: Double): Double = Descriptive.quantile(xs, q)

/** The [q]-quantile, q ∈ [0, 1] (`numpy.quantile`). */
public fun quantile(xs: List<Number>, q: Double): Double = Descriptive.quantile(xs.values(), q)

/** The covariance matrix of the columns of a data matrix [x] (rows are observations), with [ddof] = 1 by default (`np.cov(X, rowvar=False)`). */
public fun covariance(x: Matrix, ddof: Int = 1): Matrix = Descriptive.covariance(x, ddof)

/** The covariance Σ(xᵢ − x̄)(yᵢ − ȳ) / (n − [ddof]) of two samples of the same length. */
public fun covariance(xs: Vector, ys: Vector, ddof: Int = 1): Double =
    Descriptive.covariance(Matrix.ofColumns(xs, ys), ddof).get(0, 1)

/** The covariance of two samples of the same length. */
public fun covariance(xs: DoubleArray, ys: DoubleArray, ddof: Int = 1): Double = covariance(Vector.of(*xs), Vector.of(*ys), ddof)

/** The covariance of two samples of the same length. */
public fun covariance(xs: List<Number>, ys: List<Number>, ddof: Int = 1): Double =
    covariance(Vector.of(*xs.values()), Vector.of(*ys.values()), ddof)

/** The Pearson correlation r ∈ [−1, 1] of two samples of the same length. */
public fun correlation(xs: Vector, ys: Vector): Double = Descriptive.correlation(xs.values(), ys.values())

/** The Pearson correlation r ∈ [−1, 1] of two samples of the same length. */
public fun correlation(xs: DoubleArray, ys: DoubleArray): Double = Descriptive.correlation(xs, ys)

/** The Pearson correlation r ∈ [−1, 1] of two samples of the same length. */
public fun correlation(xs: List<Number>, ys: List<Number>): Double = Descriptive.correlation(xs.values(), ys.values())

/** The correlation matrix of the columns of a data matrix [x] (rows are observations). */
public fun correlation(x: Matrix): Matrix = Descriptive.correlation(x)
