package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import java.util.Objects;

/** Validation of hyper-parameters and arrays for the optimizers of this package, with messages naming them. */
final class Hyperparameters {

    private Hyperparameters() {
    }

    static void requirePositive(String method, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidArgumentException(method + ": " + name + " must be positive and finite, was " + value);
        }
    }

    static void requireNonNegative(String method, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidArgumentException(method + ": " + name + " must be ≥ 0 and finite, was " + value);
        }
    }

    /** A decay rate β of a moving average: β ∈ [0, 1). */
    static void requireBeta(String method, String name, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new InvalidArgumentException(method + ": " + name + " must be in [0, 1), was " + beta);
        }
    }

    static void requireAtLeast(String method, String name, int value, int least) {
        if (value < least) {
            throw new InvalidArgumentException(method + ": " + name + " must be ≥ " + least + ", was " + value);
        }
    }

    static LearningRateSchedule requireSchedule(LearningRateSchedule schedule) {
        return Objects.requireNonNull(schedule, "schedule");
    }

    /** η(t) from the schedule, checked: a hand-written schedule may return anything. */
    static double rate(String method, LearningRateSchedule schedule, int t) {
        double eta = schedule.rate(t);
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new InvalidArgumentException(method + ": the learning-rate schedule gave η(" + t + ") = " + eta
                    + "; it must be positive and finite");
        }
        return eta;
    }

    static int requireSize(String method, int n) {
        if (n < 1) {
            throw new InvalidArgumentException(method + ": the number of parameters must be ≥ 1, was " + n);
        }
        return n;
    }

    /** The arrays handed to an updater have the length it was created for. */
    static void requireLengths(String method, int n, double[] x, double[] gradient) {
        if (x.length != n || gradient.length != n) {
            throw new DimensionMismatchException(method + ": updater for " + n + " parameters got x of length "
                    + x.length + " and a gradient of length " + gradient.length);
        }
    }
}
