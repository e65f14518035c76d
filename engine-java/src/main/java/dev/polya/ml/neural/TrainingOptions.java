package dev.polya.ml.neural;

import dev.polya.core.InvalidArgumentException;

/**
 * How {@link Trainer} runs: the number of passes over the data, the mini-batch size and the seed of the
 * shuffle that orders each epoch.
 *
 * <p>One epoch is ⌈n / batchSize⌉ steps over a fresh random permutation of the n samples (the last batch may
 * be smaller); batchSize ≥ n is full-batch gradient descent (then the order does not matter).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 (stochastic gradient descent on
 * mini-batches); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §8.1.3.
 *
 * @param epochs    passes over the data, ≥ 1
 * @param batchSize samples per step, ≥ 1
 * @param seed      the seed of the shuffling stream
 */
public record TrainingOptions(int epochs, int batchSize, long seed) {

    /** The shuffle seed used by {@link #of(int, int)}. */
    public static final long DEFAULT_SEED = 0;

    /**
     * Validates the options.
     *
     * @param epochs    passes over the data, ≥ 1
     * @param batchSize samples per step, ≥ 1
     * @param seed      the seed of the shuffling stream
     */
    public TrainingOptions {
        if (epochs < 1) {
            throw new InvalidArgumentException("TrainingOptions: epochs must be ≥ 1, was " + epochs);
        }
        if (batchSize < 1) {
            throw new InvalidArgumentException("TrainingOptions: batchSize must be ≥ 1, was " + batchSize);
        }
    }

    /**
     * @param epochs    passes over the data
     * @param batchSize samples per step
     * @return options with the default shuffle seed
     */
    public static TrainingOptions of(int epochs, int batchSize) {
        return new TrainingOptions(epochs, batchSize, DEFAULT_SEED);
    }
}
