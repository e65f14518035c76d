package dev.polya.multivariable.optimize;

import dev.polya.core.InvalidArgumentException;

/**
 * A learning rate that changes with the step count (chapter 17): η(t) for the t-th update, t = 1, 2, ….
 *
 * <p>Every schedule starts at its base rate, η(1) = η₀, and decays with the number of steps already taken,
 * k = t − 1:
 * <ul>
 *   <li>{@link #constant constant}: η(t) = η₀;</li>
 *   <li>{@link #step step decay}: η(t) = η₀ · γ^⌊k/s⌋ — multiply by γ every s steps;</li>
 *   <li>{@link #exponential exponential}: η(t) = η₀ · e^(−λk);</li>
 *   <li>{@link #timeBased time-based}: η(t) = η₀ / (1 + λk).</li>
 * </ul>
 * Cost O(1) per call (one {@code exp} or {@code pow} at most), no allocation: the updaters call it once per
 * step. The factories validate their parameters; a hand-written schedule (a lambda) is checked by the
 * updaters, which reject a rate that is not positive and finite naming the step.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; S. Ruder, "An overview of gradient
 * descent optimization algorithms", arXiv:1609.04747, 2016, §4 (annealing schedules).
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * The learning rate for the t-th update.
     *
     * @param t the step count, t ≥ 1
     * @return η(t) &gt; 0
     */
    double rate(int t);

    /**
     * η(t) = η₀.
     *
     * @param rate η₀ &gt; 0, finite
     * @return the constant schedule
     */
    static LearningRateSchedule constant(double rate) {
        return new Constant(rate);
    }

    /**
     * Step decay η(t) = η₀ · γ^⌊(t − 1)/s⌋.
     *
     * @param initialRate η₀ &gt; 0
     * @param factor      γ ∈ (0, 1]
     * @param every       s ≥ 1, the steps between drops
     * @return the schedule
     */
    static LearningRateSchedule step(double initialRate, double factor, int every) {
        return new StepDecay(initialRate, factor, every);
    }

    /**
     * Exponential decay η(t) = η₀ · e^(−λ(t − 1)).
     *
     * @param initialRate η₀ &gt; 0
     * @param decay       λ ≥ 0
     * @return the schedule
     */
    static LearningRateSchedule exponential(double initialRate, double decay) {
        return new Exponential(initialRate, decay);
    }

    /**
     * Time-based decay η(t) = η₀ / (1 + λ(t − 1)).
     *
     * @param initialRate η₀ &gt; 0
     * @param decay       λ ≥ 0
     * @return the schedule
     */
    static LearningRateSchedule timeBased(double initialRate, double decay) {
        return new TimeBased(initialRate, decay);
    }

    /**
     * η(t) = η₀.
     *
     * @param rate η₀
     */
    record Constant(double rate) implements LearningRateSchedule {

        /**
         * Validates the rate.
         *
         * @param rate η₀ &gt; 0, finite
         */
        public Constant {
            Hyperparameters.requirePositive("constant schedule", "learning rate", rate);
        }

        @Override
        public double rate(int t) {
            return rate;
        }
    }

    /**
     * η(t) = η₀ · γ^⌊(t − 1)/s⌋.
     *
     * @param initialRate η₀
     * @param factor      γ
     * @param every       s
     */
    record StepDecay(double initialRate, double factor, int every) implements LearningRateSchedule {

        /**
         * Validates the parameters.
         *
         * @param initialRate η₀ &gt; 0
         * @param factor      γ ∈ (0, 1]
         * @param every       s ≥ 1
         */
        public StepDecay {
            Hyperparameters.requirePositive("step schedule", "initial rate", initialRate);
            if (!(factor > 0 && factor <= 1)) {
                throw new InvalidArgumentException("step schedule: factor γ must be in (0, 1], was " + factor);
            }
            if (every < 1) {
                throw new InvalidArgumentException("step schedule: steps between drops must be ≥ 1, was " + every);
            }
        }

        @Override
        public double rate(int t) {
            return initialRate * Math.pow(factor, (t - 1) / every);
        }
    }

    /**
     * η(t) = η₀ · e^(−λ(t − 1)).
     *
     * @param initialRate η₀
     * @param decay       λ
     */
    record Exponential(double initialRate, double decay) implements LearningRateSchedule {

        /**
         * Validates the parameters.
         *
         * @param initialRate η₀ &gt; 0
         * @param decay       λ ≥ 0
         */
        public Exponential {
            Hyperparameters.requirePositive("exponential schedule", "initial rate", initialRate);
            Hyperparameters.requireNonNegative("exponential schedule", "decay", decay);
        }

        @Override
        public double rate(int t) {
            return initialRate * Math.exp(-decay * (t - 1));
        }
    }

    /**
     * η(t) = η₀ / (1 + λ(t − 1)).
     *
     * @param initialRate η₀
     * @param decay       λ
     */
    record TimeBased(double initialRate, double decay) implements LearningRateSchedule {

        /**
         * Validates the parameters.
         *
         * @param initialRate η₀ &gt; 0
         * @param decay       λ ≥ 0
         */
        public TimeBased {
            Hyperparameters.requirePositive("time-based schedule", "initial rate", initialRate);
            Hyperparameters.requireNonNegative("time-based schedule", "decay", decay);
        }

        @Override
        public double rate(int t) {
            return initialRate / (1 + decay * (t - 1));
        }
    }
}
