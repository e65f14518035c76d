package dev.polya.multivariable.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.ValueAndGradient;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class MiniBatchDescentTest {

    private static final long SEED = 17L;
    private static final int N = 40;
    /** Noise-free data on y = 2t − 1: the least-squares fit is exact. */
    private static final double SLOPE = 2;
    private static final double INTERCEPT = -1;
    /** How close a few hundred epochs get to the exact fit. */
    private static final double FIT = 1e-3;

    /** ℓᵢ(w, b) = ½(w tᵢ + b − yᵢ)², tᵢ = i/N. */
    private static ValueAndGradient squaredError(Vector p, int i) {
        double t = (double) i / N;
        double r = p.get(0) * t + p.get(1) - (SLOPE * t + INTERCEPT);
        return new ValueAndGradient(0.5 * r * r, Vector.of(r * t, r));
    }

    private static final BatchObjective LINE = BatchObjective.mean(N, MiniBatchDescentTest::squaredError);

    @Test
    void sgdWithMiniBatchesFitsALine() {
        MiniBatchDescent sgd = new MiniBatchDescent(new Momentum(0.1, 0.9), 8, 300);
        TrainingResult r = sgd.train(LINE, Vector.zeros(2), new Rng(SEED));
        assertEquals(TrainingResult.Status.COMPLETED, r.status(), r.reason());
        assertEquals(300, r.epochs());
        assertEquals(300 * 5, r.steps());
        assertTrue(r.x().approxEquals(Vector.of(SLOPE, INTERCEPT), FIT), r.x().toString());
        assertEquals(300, r.epochLoss().size());
        assertTrue(r.epochLoss().get(299) < r.epochLoss().get(0) * 1e-6, r.epochLoss().toString());
        assertEquals(301, r.path().size());
        assertEquals(Vector.zeros(2), r.path().get(0));
        assertEquals(r.x(), r.path().get(300));
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        MiniBatchDescent adam = new MiniBatchDescent(new Adam(0.05), 4, 20);
        TrainingResult a = adam.train(LINE, Vector.zeros(2), new Rng(SEED));
        TrainingResult b = adam.train(LINE, Vector.zeros(2), new Rng(SEED));
        assertEquals(a.x(), b.x());
        assertEquals(a.epochLoss(), b.epochLoss());
        TrainingResult c = adam.train(LINE, Vector.zeros(2), new Rng(SEED + 1));
        assertTrue(!a.x().equals(c.x()));
    }

    @Test
    void nanInABatchStopsTrainingAtThatStep() {
        // example 7 has a NaN label: the first batch containing it stops the run
        BatchObjective poisoned = BatchObjective.mean(N, (p, i) -> i == 7
                ? new ValueAndGradient(Double.NaN, Vector.of(Double.NaN, Double.NaN)) : squaredError(p, i));
        TrainingResult r = new MiniBatchDescent(new GradientDescent(0.1), 10, 5).train(poisoned, Vector.zeros(2),
                new Rng(SEED));
        assertEquals(TrainingResult.Status.NON_FINITE, r.status());
        assertTrue(r.reason().contains("at epoch 1, step " + (r.steps() + 1)), r.reason());
        assertEquals(0, r.epochs());
        assertEquals(1, r.path().size());
        assertTrue(Double.isFinite(r.x().get(0)));
    }

    @Test
    void aTooLargeRateIsReported() {
        TrainingResult r = new MiniBatchDescent(new GradientDescent(50), 1, 100).train(LINE, Vector.zeros(2),
                new Rng(SEED));
        assertTrue(r.status() == TrainingResult.Status.DIVERGED || r.status() == TrainingResult.Status.NON_FINITE,
                r.reason());
        assertTrue(r.reason().contains("step " + (r.steps() + 1)), r.reason());
        assertTrue(Double.isFinite(r.x().get(0)) && Double.isFinite(r.x().get(1)));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(InvalidArgumentException.class, () -> new MiniBatchDescent(new Adam(), 0, 10));
        assertThrows(InvalidArgumentException.class, () -> new MiniBatchDescent(new Adam(), 1, -1));
        assertThrows(InvalidArgumentException.class, () -> BatchObjective.mean(0, MiniBatchDescentTest::squaredError));
        assertThrows(InvalidArgumentException.class, () -> LINE.valueAndGradient(Vector.zeros(2), new int[] {N}));
    }
}
