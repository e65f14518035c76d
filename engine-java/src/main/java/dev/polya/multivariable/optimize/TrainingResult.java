package dev.polya.multivariable.optimize;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of mini-batch training (chapter 17): the parameters reached, the loss curve, and how the run
 * ended. Training has no convergence test — it runs its epochs — so the status says only whether it completed.
 *
 * @param x          the parameters after the last completed step (the last finite ones when the run stopped)
 * @param epochLoss  the training loss of each completed epoch: the mean of its batch losses weighted by batch
 *                   size, each measured before that batch's update (as Keras and PyTorch loops report it)
 * @param epochs     epochs completed
 * @param steps      updates (batches) performed
 * @param status     how the run ended
 * @param reason     why, with the epoch and step for a failure
 * @param path       the parameters at the start and after each completed epoch (epochs + 1 points)
 */
public record TrainingResult(Vector x, Vector epochLoss, int epochs, int steps, Status status, String reason,
        List<Vector> path) {

    /** How a training run ended. */
    public enum Status {
        /** All epochs ran. */
        COMPLETED,
        /** A batch loss or gradient, or the parameters, became NaN or infinite; the reason names the step. */
        NON_FINITE,
        /** A batch loss rose 10¹⁰·max(1, |L₁|) above the first batch's loss L₁. */
        DIVERGED
    }

    /**
     * Validates the result.
     *
     * @param x         the parameters reached
     * @param epochLoss the loss per completed epoch
     * @param epochs    epochs completed
     * @param steps     updates performed
     * @param status    how the run ended
     * @param reason    why
     * @param path      the parameters per epoch
     */
    public TrainingResult {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(epochLoss, "epochLoss");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        path = List.copyOf(path);
        if (epochLoss.size() != epochs || path.size() != epochs + 1) {
            throw new InvalidArgumentException("training result: " + epochs + " epochs need as many losses and one"
                    + " more point in the path, got " + epochLoss.size() + " and " + path.size());
        }
    }
}
