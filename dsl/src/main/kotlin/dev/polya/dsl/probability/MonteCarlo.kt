package dev.polya.dsl.probability

import dev.polya.probability.sampling.MonteCarloMean
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking

/**
 * The Monte Carlo estimate of E[X] from [n] draws, one per call of [draw]: `.mean` (also `.value`) and
 * `.standardError` (chapter 20). π by darts:
 * ```
 * monteCarlo(n = 10_000_000, seed = 1) { rng -> val x = rng.nextDouble(); val y = rng.nextDouble(); if (x * x + y * y <= 1) 4.0 else 0.0 }
 * ```
 * The draws are cut into fixed chunks, each with its own seeded sub-stream; the chunks run as coroutines on
 * [threads] threads (all cores by default) and are added in chunk order, so the estimate is the same bit for
 * bit for any number of threads (MonteCarloMean in the engine). The draw is the engine's `MonteCarloMean.Draw`
 * (a lambda converts to it), so each draw returns an unboxed double: no allocation per draw.
 */
public fun monteCarlo(
    n: Long,
    seed: Long = 1,
    threads: Int = Runtime.getRuntime().availableProcessors(),
    draw: MonteCarloMean.Draw,
): MonteCarloMean.Estimate {
    require(threads >= 1) { "monteCarlo: threads must be ≥ 1, was $threads" }
    val chunks = MonteCarloMean.chunks(n)
    if (threads == 1 || chunks == 1) return MonteCarloMean.estimate(n, seed, draw)
    val partials = runBlocking(Dispatchers.Default.limitedParallelism(threads)) {
        (0 until chunks).map { i -> async { MonteCarloMean.partial(n, seed, draw, i) } }.awaitAll()
    }
    return MonteCarloMean.combine(n, partials)
}

/** The Monte Carlo estimate of E[X] from [n] draws (an Int count: `monteCarlo(n = 100_000, seed = 1) { rng -> … }`). */
public fun monteCarlo(
    n: Int,
    seed: Long = 1,
    threads: Int = Runtime.getRuntime().availableProcessors(),
    draw: MonteCarloMean.Draw,
): MonteCarloMean.Estimate = monteCarlo(n.toLong(), seed, threads, draw)

/** The estimate itself (the sample mean), for `monteCarlo(…).value` as in the calculus part's integrals. */
public val MonteCarloMean.Estimate.value: Double get() = mean()
