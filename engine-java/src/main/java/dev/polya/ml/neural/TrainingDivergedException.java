package dev.polya.ml.neural;

import dev.polya.core.NonFiniteValueException;

/**
 * Training stopped because the loss became NaN or infinite — typically a learning rate too large for the
 * problem, so that the parameters overflowed. The message and {@link #step()} say at which step it happened
 * and the last finite loss seen.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 (divergence of gradient descent
 * when the step is too long); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §11.5 (debugging).
 */
public class TrainingDivergedException extends NonFiniteValueException {

    private static final long serialVersionUID = 1L;

    private final int step;
    private final int epoch;

    /**
     * @param message the loss value, the step and what to try
     * @param step    the 1-based step whose loss was not finite
     * @param epoch   the 1-based epoch of that step
     */
    public TrainingDivergedException(String message, int step, int epoch) {
        super(message);
        this.step = step;
        this.epoch = epoch;
    }

    /** @return the 1-based step whose loss was not finite */
    public int step() {
        return step;
    }

    /** @return the 1-based epoch of that step */
    public int epoch() {
        return epoch;
    }
}
