package dev.polya.ml.neural;

/**
 * The loss curve of a training run: the mini-batch loss of every step and the sample-weighted mean loss of
 * every epoch, L̄ₑ = Σ_{steps s of e} |Bₛ| Lₛ / n.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 (watching the loss decrease);
 * Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §8.1 (learning curves).
 *
 * @param stepLosses  the loss of each step's mini-batch, in order
 * @param epochLosses the mean loss of each epoch, in order
 */
public record TrainingHistory(double[] stepLosses, double[] epochLosses) {

    /**
     * Copies the arrays.
     *
     * @param stepLosses  the loss of each step's mini-batch, in order
     * @param epochLosses the mean loss of each epoch, in order
     */
    public TrainingHistory {
        stepLosses = stepLosses.clone();
        epochLosses = epochLosses.clone();
    }

    /** @return the loss of each step (a copy) */
    @Override
    public double[] stepLosses() {
        return stepLosses.clone();
    }

    /** @return the mean loss of each epoch (a copy) */
    @Override
    public double[] epochLosses() {
        return epochLosses.clone();
    }

    /** @return the number of steps taken */
    public int steps() {
        return stepLosses.length;
    }

    /** @return the mean loss of the last epoch */
    public double finalLoss() {
        return epochLosses[epochLosses.length - 1];
    }
}
