package dev.polya.probability.sampling;

import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.probability.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Monte Carlo estimate of an expectation E[X] from n independent draws of X (chapter 20): the sample mean
 * X̄ₙ = (1/n) Σ Xᵢ, with the standard error s/√n that the central limit theorem attaches to it.
 *
 * <p>A draw is any function of a random stream: {@code rng -> rng.nextDouble() < 0.5 ? 1 : 0} is a coin,
 * {@code rng -> { double x = rng.nextDouble(), y = rng.nextDouble(); return x*x + y*y <= 1 ? 4 : 0; }}
 * estimates π.
 *
 * <p><b>Reproducible in parallel.</b> The n draws are cut into chunks of {@value #CHUNK} in a fixed way; chunk
 * i draws from {@code new Rng(seed).substream(i)}, and the chunks' partial sums are added in chunk order. The
 * chunks are independent tasks ({@link #partial}), so any number of workers gives the same estimate, bit for
 * bit, as the sequential {@link #estimate}. The Kotlin DSL's {@code monteCarlo(n, seed) { rng -> … }} runs
 * them as coroutines on all cores.
 *
 * <p>Cost: n draws plus O(n / CHUNK) to combine. Failure modes: a non-finite draw is an error naming the draw
 * index; n &lt; 2 (no standard error) is an error.
 *
 * <p>Reference: C. P. Robert and G. Casella, <i>Monte Carlo Statistical Methods</i>, 2nd ed., Springer 2004,
 * §3.2; Danka, <i>Mathematics of Machine Learning</i>, chapter 20 (the law of large numbers).
 */
public final class MonteCarloMean {

    /** Draws per chunk: the unit of parallel work and of the sub-stream layout. */
    public static final int CHUNK = 1 << 16;

    private MonteCarloMean() {
    }

    /** One draw of the random variable X from a random stream. */
    @FunctionalInterface
    public interface Draw {
        /**
         * One draw.
         *
         * @param rng the stream to draw from (owned by the caller's chunk; not shared between threads)
         * @return the value of X
         */
        double draw(Rng rng);
    }

    /**
     * The outcome of a Monte Carlo estimate.
     *
     * @param mean          the sample mean X̄ₙ, the estimate of E[X]
     * @param standardError s/√n, with s the sample standard deviation (ddof = 1)
     * @param draws         n
     */
    public record Estimate(double mean, double standardError, long draws) {
    }

    /**
     * The partial sums of one chunk.
     *
     * @param count       draws in the chunk
     * @param sum         Σ Xᵢ
     * @param sumOfSquares Σ (Xᵢ − c)² around the chunk's first draw c (a shift that keeps the variance accurate)
     * @param shift       c
     */
    public record Partial(long count, double sum, double sumOfSquares, double shift) {
    }

    /**
     * The number of chunks n draws are cut into.
     *
     * @param n the number of draws
     * @return ⌈n / CHUNK⌉
     */
    public static int chunks(long n) {
        validate(n);
        long c = (n + CHUNK - 1) / CHUNK;
        if (c > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("monteCarlo: n = " + n + " draws is too many");
        }
        return (int) c;
    }

    /**
     * The estimate from n draws, computed sequentially (the same value as any parallel run).
     *
     * @param n    the number of draws, ≥ 2
     * @param seed the seed of the stream
     * @param draw one draw of X
     * @return the estimate and its standard error
     */
    public static Estimate estimate(long n, long seed, Draw draw) {
        Objects.requireNonNull(draw, "draw");
        int chunks = chunks(n);
        List<Partial> partials = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            partials.add(partial(n, seed, draw, i));
        }
        return combine(n, partials);
    }

    /**
     * The partial sums of chunk {@code index} (draws index·CHUNK … min(n, (index + 1)·CHUNK) − 1): what one
     * worker computes. Pure: the same arguments always give the same partial.
     *
     * @param n     the total number of draws
     * @param seed  the seed of the stream
     * @param draw  one draw of X
     * @param index the chunk, 0 ≤ index &lt; chunks(n)
     * @return the chunk's partial sums
     */
    public static Partial partial(long n, long seed, Draw draw, int index) {
        int chunks = chunks(n);
        if (index < 0 || index >= chunks) {
            throw new InvalidArgumentException("monteCarlo: chunk " + index + " is outside 0 … " + (chunks - 1));
        }
        long from = (long) index * CHUNK;
        long to = Math.min(n, from + CHUNK);
        Rng rng = new Rng(seed).substream(index);
        double shift = checked(draw.draw(rng), from);
        double sum = shift;
        double squares = 0;
        for (long k = from + 1; k < to; k++) {
            double x = checked(draw.draw(rng), k);
            sum += x;
            double d = x - shift;
            squares += d * d;
        }
        return new Partial(to - from, sum, squares, shift);
    }

    /**
     * Adds the chunks' partial sums in chunk order and turns them into the estimate and its standard error.
     *
     * @param n        the total number of draws
     * @param partials the partials of chunks 0, 1, …, in order
     * @return the estimate
     */
    public static Estimate combine(long n, List<Partial> partials) {
        validate(n);
        double sum = 0;
        long count = 0;
        for (Partial p : partials) {
            sum += p.sum();
            count += p.count();
        }
        if (count != n) {
            throw new InvalidArgumentException("monteCarlo: the partials cover " + count + " draws, expected " + n);
        }
        double mean = sum / n;
        // Σ(xᵢ − x̄)² = Σ over chunks of [Σ(xᵢ − c)² − m(x̄ⱼ − c)²] + m(x̄ⱼ − x̄)² with x̄ⱼ the chunk mean
        double squares = 0;
        for (Partial p : partials) {
            double chunkMean = p.sum() / p.count();
            double offset = chunkMean - p.shift();
            squares += p.sumOfSquares() - p.count() * offset * offset
                    + p.count() * (chunkMean - mean) * (chunkMean - mean);
        }
        double variance = Math.max(0, squares / (n - 1));
        return new Estimate(mean, Math.sqrt(variance / n), n);
    }

    private static double checked(double x, long index) {
        if (!Double.isFinite(x)) {
            throw new NonFiniteValueException(String.format(Locale.ROOT, "monteCarlo: draw %d is %s", index, x));
        }
        return x;
    }

    private static void validate(long n) {
        if (n < 2) {
            throw new InvalidArgumentException("monteCarlo: need n ≥ 2 draws for a standard error, was " + n);
        }
    }
}
