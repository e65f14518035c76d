package dev.polya.ml.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.ml.data.ClassificationData;
import dev.polya.ml.data.PlanarDatasets;
import dev.polya.multivariable.optimize.Adam;
import dev.polya.multivariable.optimize.FirstOrderMethod;
import dev.polya.multivariable.optimize.GradientDescent;
import dev.polya.probability.random.Rng;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** Sums of a few probabilities or losses of order 1: a few ulps. */
    private static final double PROBABILITY_SUM = 1e-15;
    /** The target for XOR. */
    private static final double XOR_LOSS = 0.01;
    /** The target for two moons. */
    private static final double MOONS_ACCURACY = 0.95;
    /** Spirals with little noise are separable; ask as much as of the moons. */
    private static final double SPIRALS_ACCURACY = 0.95;

    @Test
    void xorIsLearnedFromAFixedSeed() {
        ClassificationData xor = PlanarDatasets.xor();
        MLP mlp = new MLP(new int[] {2, 8, 2}, Activation.TANH, new Rng(2024));
        TrainingHistory h = Trainer.train(mlp, xor.points(), xor.labels(), new Adam(0.05), TrainingOptions.of(300, 4));
        assertTrue(h.finalLoss() < XOR_LOSS, "final loss " + h.finalLoss());
        assertArrayEquals(xor.labels(), mlp.predict(xor.points()));
        assertEquals(300, h.steps());
        double[] epochs = h.epochLosses();
        assertTrue(epochs[0] > 10 * epochs[epochs.length - 1], "the loss curve falls");
    }

    @Test
    void xorWithPlainGradientDescent() {
        ClassificationData xor = PlanarDatasets.xor();
        MLP mlp = new MLP(new int[] {2, 8, 2}, Activation.TANH, new Rng(2024));
        TrainingHistory h = Trainer.train(mlp, xor.points(), xor.labels(), new GradientDescent(0.5),
                TrainingOptions.of(3000, 4));
        assertTrue(h.finalLoss() < XOR_LOSS, "final loss " + h.finalLoss());
    }

    @Test
    void twoMoonsAreSeparatedFromAFixedSeed() {
        ClassificationData train = PlanarDatasets.twoMoons(400, 0.1, new Rng(1));
        ClassificationData test = PlanarDatasets.twoMoons(400, 0.1, new Rng(2));
        MLP mlp = new MLP(new int[] {2, 16, 16, 2}, Activation.RELU, new Rng(3));
        Trainer.train(mlp, train.points(), train.labels(), new Adam(0.01), new TrainingOptions(60, 32, 4));
        double trainAccuracy = mlp.accuracy(train.points(), train.labels());
        double testAccuracy = mlp.accuracy(test.points(), test.labels());
        assertTrue(trainAccuracy > MOONS_ACCURACY, "train accuracy " + trainAccuracy);
        assertTrue(testAccuracy > MOONS_ACCURACY, "test accuracy " + testAccuracy);
        // probabilities for a decision-boundary grid are rows summing to 1
        var p = mlp.predictProbabilities(train.points());
        assertEquals(1, p.get(0, 0) + p.get(0, 1), PROBABILITY_SUM);
    }

    @Test
    void spiralsAreSeparatedFromAFixedSeed() {
        // one and a half turns per arm: harder than the moons, a ReLU network of two hidden layers suffices
        ClassificationData train = PlanarDatasets.spirals(300, 1.5, 0.03, new Rng(1));
        ClassificationData test = PlanarDatasets.spirals(300, 1.5, 0.03, new Rng(2));
        MLP mlp = new MLP(new int[] {2, 32, 32, 2}, Activation.RELU, new Rng(3));
        Trainer.train(mlp, train.points(), train.labels(), new Adam(0.01), new TrainingOptions(300, 32, 4));
        double trainAccuracy = mlp.accuracy(train.points(), train.labels());
        double testAccuracy = mlp.accuracy(test.points(), test.labels());
        assertTrue(trainAccuracy > SPIRALS_ACCURACY, "train accuracy " + trainAccuracy);
        assertTrue(testAccuracy > SPIRALS_ACCURACY, "test accuracy " + testAccuracy);
    }

    @Test
    void divergenceIsReportedWithItsStep() {
        ClassificationData xor = PlanarDatasets.xor();
        MLP mlp = new MLP(new int[] {2, 8, 2}, Activation.RELU, new Rng(5));
        // a step of 1e200 sends the weights to ~1e200; the next logits overflow to ±∞ and the loss is NaN
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.train(mlp, xor.points(), xor.labels(), new GradientDescent(1e200),
                        TrainingOptions.of(10, 4)));
        assertEquals(2, e.step());
        assertEquals(2, e.epoch());
        assertTrue(e.getMessage().startsWith("train: loss became NaN at step 2 (epoch 2); last finite loss "),
                e.getMessage());
        assertTrue(e instanceof NonFiniteValueException);
    }

    @Test
    void aLossThatExplodesButStaysFiniteIsReportedToo() {
        ClassificationData moons = PlanarDatasets.twoMoons(64, 0.15, new Rng(3));
        MLP mlp = new MLP(new int[] {2, 8, 2}, Activation.TANH, new Rng(1));
        // tanh saturates, so the logits stay finite while the weights reach ~1e200: a loss of ~1e199, not NaN
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.train(mlp, moons.points(), moons.labels(), new GradientDescent(1e200),
                        TrainingOptions.of(5, 32)));
        assertEquals(2, e.step());
        assertTrue(e.getMessage().startsWith("train: the loss grew from "), e.getMessage());
    }

    @Test
    void stepsPerEpochAndLossBookkeeping() {
        ClassificationData moons = PlanarDatasets.twoMoons(10, 0.1, new Rng(1));
        MLP mlp = new MLP(new int[] {2, 4, 2}, Activation.TANH, new Rng(1));
        FirstOrderMethod frozen = n -> (x, g) -> { };
        TrainingHistory h = Trainer.train(mlp, moons.points(), moons.labels(), frozen, TrainingOptions.of(2, 4));
        // 10 samples in batches of 4: 3 steps per epoch; frozen parameters give the same epoch loss twice
        assertEquals(6, h.steps());
        assertEquals(h.epochLosses()[0], h.epochLosses()[1], PROBABILITY_SUM);
        double[] s = h.stepLosses();
        assertEquals((4 * s[0] + 4 * s[1] + 2 * s[2]) / 10, h.epochLosses()[0], PROBABILITY_SUM);
    }

    @Test
    void mismatchedDataIsAnError() {
        MLP mlp = new MLP(new int[] {2, 4, 2}, Activation.TANH, new Rng(1));
        ClassificationData xor = PlanarDatasets.xor();
        assertThrows(DimensionMismatchException.class, () -> Trainer.train(mlp, xor.points(), new int[] {0, 1},
                new GradientDescent(0.1), TrainingOptions.of(1, 4)));
        MLP wide = new MLP(new int[] {3, 4, 2}, Activation.TANH, new Rng(1));
        assertThrows(DimensionMismatchException.class, () -> Trainer.train(wide, xor.points(), xor.labels(),
                new GradientDescent(0.1), TrainingOptions.of(1, 4)));
    }
}
