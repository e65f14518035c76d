package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.ValueAndGradient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Stochastic (mini-batch) gradient descent over a data set (chapter 17): for each epoch, shuffle the examples
 * into batches ({@link MiniBatches}) and, batch by batch, update the parameters with a first-order rule on the
 * batch gradient,
 * <pre>
 *   for epoch = 1 … E:   for B in shuffle(0 … N−1) cut into batches:   x ← x − Δ(∇L_B(x))
 * </pre>
 * where L_B is the mean loss over the batch. The rule ({@link GradientDescent}, {@link Momentum},
 * {@link Nesterov}, {@link RMSProp}, {@link Adam}) keeps its state across batches and epochs, so t counts
 * updates. With a constant learning rate the iterates do not settle at the minimizer but fluctuate around it
 * with a spread that grows with η and the gradient noise; a decaying {@link LearningRateSchedule} removes that.
 *
 * <p>A batch loss or gradient that is NaN or infinite stops the run with
 * {@link TrainingResult.Status#NON_FINITE}, naming the epoch and the step; a batch loss 10¹⁰·max(1, |L₁|) above
 * the first one stops it with {@link TrainingResult.Status#DIVERGED}. Both keep the last finite parameters.
 *
 * <p>Cost per epoch: N example-gradient evaluations plus ⌈N/B⌉ updates of O(n).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; H. Robbins and S. Monro, "A
 * stochastic approximation method", Ann. Math. Stat. 22, 1951; S. Ruder, arXiv:1609.04747, 2016, §2.
 *
 * @param rule      the update rule
 * @param batchSize B ≥ 1 (1 is plain SGD)
 * @param epochs    E ≥ 0, passes over the data
 */
public record MiniBatchDescent(FirstOrderMethod rule, int batchSize, int epochs) {

    private static final String METHOD = "mini-batch descent";

    /**
     * Validates the parameters.
     *
     * @param rule      the update rule
     * @param batchSize B ≥ 1
     * @param epochs    E ≥ 0
     */
    public MiniBatchDescent {
        Objects.requireNonNull(rule, "rule");
        Hyperparameters.requireAtLeast(METHOD, "batch size", batchSize, 1);
        Hyperparameters.requireAtLeast(METHOD, "epochs", epochs, 0);
    }

    /**
     * Trains: E epochs of shuffled mini-batches.
     *
     * @param f      the mean loss over the data set
     * @param start  the initial parameters, finite
     * @param random the source of the shuffles (an {@link dev.polya.probability.random.Rng} for reproducible runs)
     * @return the parameters, the loss per epoch and the path per epoch
     */
    public TrainingResult train(BatchObjective f, Vector start, RandomGenerator random) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(random, "random");
        new Run(METHOD, start); // validates the start
        int n = start.size();
        MiniBatches batches = new MiniBatches(f.size(), batchSize);
        FirstOrderMethod.Updater updater = rule.updater(n);
        double[] x = start.toArray();
        double[] losses = new double[epochs];
        List<Vector> path = new ArrayList<>();
        path.add(start);
        int steps = 0;
        double ceiling = Double.NaN;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double sum = 0;
            for (int[] batch : batches.epoch(random)) {
                int step = steps + 1;
                ValueAndGradient vg = f.valueAndGradient(Vector.of(x), batch);
                if (vg.gradient().size() != n) {
                    throw new DimensionMismatchException(METHOD + ": the batch gradient has "
                            + vg.gradient().size() + " components but x has " + n);
                }
                String problem = Run.nonFinite(vg);
                if (problem != null) {
                    return stopped(x, losses, epoch, steps, path, TrainingResult.Status.NON_FINITE,
                            "batch " + problem + " at epoch " + epoch + ", step " + step);
                }
                if (steps == 0) {
                    ceiling = Run.ceiling(vg.value());
                } else if (vg.value() > ceiling) {
                    return stopped(x, losses, epoch, steps, path, TrainingResult.Status.DIVERGED, "batch loss "
                            + vg.value() + " at epoch " + epoch + ", step " + step + " rose more than "
                            + Run.DIVERGENCE_FACTOR
                            + "·max(1, |L₁|) above the first batch's (learning rate too large?)");
                }
                double[] next = x.clone();
                updater.update(next, vg.gradient().toArray());
                int bad = Run.firstNonFinite(next);
                if (bad >= 0) {
                    return stopped(x, losses, epoch, steps, path, TrainingResult.Status.NON_FINITE,
                            "x" + bad + " = " + next[bad] + " at epoch " + epoch + ", step " + step);
                }
                x = next;
                steps = step;
                sum += vg.value() * batch.length;
            }
            losses[epoch - 1] = sum / f.size();
            path.add(Vector.of(x));
        }
        return new TrainingResult(Vector.of(x), Vector.of(losses), epochs, steps, TrainingResult.Status.COMPLETED,
                METHOD + ": " + epochs + " epochs of " + batches.batchesPerEpoch() + " batches", path);
    }

    private static TrainingResult stopped(double[] x, double[] losses, int epoch, int steps, List<Vector> path,
            TrainingResult.Status status, String reason) {
        int completed = epoch - 1;
        return new TrainingResult(Vector.of(x), Vector.of(Arrays.copyOf(losses, completed)), completed, steps, status,
                METHOD + ": " + reason, path);
    }
}
