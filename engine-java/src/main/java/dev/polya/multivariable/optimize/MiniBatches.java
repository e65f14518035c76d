package dev.polya.multivariable.optimize;

import dev.polya.core.InvalidArgumentException;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The partition of a data set of N examples into mini-batches for one epoch (chapter 17): shuffle the indices
 * 0 … N − 1 (Fisher–Yates), then cut them into ⌈N/B⌉ consecutive batches of B, the last one holding the
 * N mod B left over when B does not divide N. Every index appears in exactly one batch per epoch.
 *
 * <p>B = 1 gives stochastic gradient descent, B = N full-batch gradient descent (one batch, shuffled order).
 * The randomness is explicit: the same generator state gives the same batches. Cost O(N) per epoch, one
 * permutation and the batch arrays.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; S. Ruder, "An overview of gradient
 * descent optimization algorithms", arXiv:1609.04747, 2016, §2; D. Knuth, <i>The Art of Computer
 * Programming</i>, vol. 2, Algorithm 3.4.2 P.
 *
 * @param size      N ≥ 1, the number of examples
 * @param batchSize B ≥ 1 (a B above N means one batch of N)
 */
public record MiniBatches(int size, int batchSize) {

    /**
     * Validates the sizes.
     *
     * @param size      N ≥ 1
     * @param batchSize B ≥ 1
     */
    public MiniBatches {
        if (size < 1) {
            throw new InvalidArgumentException("mini-batches: the data set must have at least one example, was "
                    + size);
        }
        if (batchSize < 1) {
            throw new InvalidArgumentException("mini-batches: batch size must be ≥ 1, was " + batchSize);
        }
    }

    /**
     * @return ⌈N/B⌉, the number of batches (updates) per epoch
     */
    public int batchesPerEpoch() {
        return (size + batchSize - 1) / batchSize;
    }

    /**
     * The batches of one epoch.
     *
     * @param random the source of the shuffle (for example an {@link dev.polya.probability.random.Rng})
     * @return ⌈N/B⌉ arrays of indices, together a permutation of 0 … N − 1
     */
    public int[][] epoch(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            // swap order[i] with a uniformly chosen order[j], 0 ≤ j ≤ i
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[][] batches = new int[batchesPerEpoch()][];
        for (int b = 0; b < batches.length; b++) {
            int from = b * batchSize;
            int to = Math.min(size, from + batchSize);
            batches[b] = java.util.Arrays.copyOfRange(order, from, to);
        }
        return batches;
    }
}
