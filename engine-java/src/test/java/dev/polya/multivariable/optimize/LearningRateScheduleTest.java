package dev.polya.multivariable.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    /** exp and division: a couple of ulps. */
    private static final double ULPS = 1e-16;

    @Test
    void constant() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.1);
        assertEquals(0.1, s.rate(1));
        assertEquals(0.1, s.rate(1_000_000));
    }

    @Test
    void stepDecayDropsEverySSteps() {
        // η(t) = 0.1 · 0.5^⌊(t − 1)/10⌋
        LearningRateSchedule s = LearningRateSchedule.step(0.1, 0.5, 10);
        assertEquals(0.1, s.rate(1));
        assertEquals(0.1, s.rate(10));
        assertEquals(0.05, s.rate(11));
        assertEquals(0.025, s.rate(21));
    }

    @Test
    void exponentialHalvesEveryLn2() {
        // η(t) = 0.1 e^(−ln2 (t − 1)) = 0.1 · 2^(1 − t)
        LearningRateSchedule s = LearningRateSchedule.exponential(0.1, Math.log(2));
        assertEquals(0.1, s.rate(1));
        assertEquals(0.05, s.rate(2), ULPS);
        assertEquals(0.0125, s.rate(4), ULPS);
    }

    @Test
    void timeBasedIsHyperbolic() {
        // η(t) = 0.1/(1 + 0.5(t − 1))
        LearningRateSchedule s = LearningRateSchedule.timeBased(0.1, 0.5);
        assertEquals(0.1, s.rate(1));
        assertEquals(0.1 / 1.5, s.rate(2));
        assertEquals(0.1 / 6, s.rate(11));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.constant(0));
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.constant(Double.POSITIVE_INFINITY));
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.step(0.1, 1.5, 10));
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.step(0.1, 0.5, 0));
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.exponential(0.1, -1));
        assertThrows(InvalidArgumentException.class, () -> LearningRateSchedule.timeBased(-0.1, 1));
    }
}
