package dev.polya.dsl.probability

import dev.polya.linalg.Matrix
import dev.polya.linalg.Vector
import dev.polya.probability.distributions.ContinuousDistribution
import dev.polya.probability.distributions.DiscreteDistribution
import dev.polya.probability.distributions.MultivariateNormal
import dev.polya.probability.random.Rng
import java.util.random.RandomGenerator

/*
 * Sampling. The engine takes its random stream explicitly (`Normal.sample(rng)`); scripts may lean on a
 * default stream instead, which `seed(42)` makes reproducible. Every function also takes a stream of its own:
 * `val rng = Rng(7); sample(Normal(0, 1), 1000, rng)` — an `Rng`, a `NumpyRandom` or any Java `RandomGenerator`.
 */

/** The default random stream of a script: seeded from the clock until [seed] is called. Not shared between threads safely. */
public object DefaultRandom {
    private var stream: Rng = Rng(System.nanoTime() xor 0x5DEECE66DL)

    /** The current default stream. */
    public val rng: Rng get() = stream

    /** Replaces the default stream by `Rng(seed)`: every later draw is reproducible. */
    public fun seed(seed: Long) {
        stream = Rng(seed)
    }
}

/** Seeds the default random stream, like NumPy's `np.random.seed(42)`: everything sampled afterwards is reproducible. */
public fun seed(seed: Long) {
    DefaultRandom.seed(seed)
}

/** Seeds the default random stream (an Int seed: `seed(42)`). */
public fun seed(seed: Int) {
    DefaultRandom.seed(seed.toLong())
}

/** One draw from a continuous distribution: `sample(Normal(0, 1))` is a Double. */
public fun sample(d: ContinuousDistribution, random: RandomGenerator = DefaultRandom.rng): Double = d.sample(random)

/** [n] independent draws from a continuous distribution, as a Vector. */
public fun sample(d: ContinuousDistribution, n: Int, random: RandomGenerator = DefaultRandom.rng): Vector = d.sample(random, n)

/** One draw from a discrete distribution: `sample(Bernoulli(0.3))` is 0 or 1 (a Long). */
public fun sample(d: DiscreteDistribution, random: RandomGenerator = DefaultRandom.rng): Long = d.sample(random)

/** [n] independent draws from a discrete distribution, as a Vector of whole numbers (ready for `mean`, `histogram`). */
public fun sample(d: DiscreteDistribution, n: Int, random: RandomGenerator = DefaultRandom.rng): Vector {
    val draws = d.sample(random, n)
    return Vector.of(*DoubleArray(n) { draws[it].toDouble() })
}

/** One draw from a multivariate normal: a Vector. */
public fun sample(d: MultivariateNormal, random: RandomGenerator = DefaultRandom.rng): Vector = d.sample(random)

/** [n] draws from a multivariate normal: an n×d Matrix, one draw per row. */
public fun sample(d: MultivariateNormal, n: Int, random: RandomGenerator = DefaultRandom.rng): Matrix = d.sample(random, n)
