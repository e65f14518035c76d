package dev.polya.multivariable.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** The update rules step by step, against the published formulas worked by hand. */
class FirstOrderRulesTest {

    /** Sums of a few decimal products: a few ulps. */
    private static final double HAND = 1e-15;
    private static final double[] G1 = {1, -2};
    private static final double[] G2 = {3, 0.5};

    private static double[] twoSteps(FirstOrderMethod method, double[][] record) {
        FirstOrderMethod.Updater u = method.updater(2);
        double[] x = {0, 0};
        u.update(x, G1);
        record[0] = x.clone();
        u.update(x, G2);
        return x;
    }

    @Test
    void gradientDescentStepsAgainstTheGradient() {
        double[][] first = new double[1][];
        double[] x = twoSteps(new GradientDescent(0.1), first);
        // x₁ = −0.1 g₁ = (−0.1, 0.2);  x₂ = x₁ − 0.1 g₂ = (−0.4, 0.15)
        assertArrayEquals(new double[] {-0.1, 0.2}, first[0], HAND);
        assertArrayEquals(new double[] {-0.4, 0.15}, x, HAND);
    }

    @Test
    void momentumAccumulatesVelocity() {
        double[][] first = new double[1][];
        double[] x = twoSteps(new Momentum(0.1, 0.9), first);
        // v₁ = −0.1 g₁ = (−0.1, 0.2) = x₁;  v₂ = 0.9 v₁ − 0.1 g₂ = (−0.39, 0.13);  x₂ = x₁ + v₂ = (−0.49, 0.33)
        assertArrayEquals(new double[] {-0.1, 0.2}, first[0], HAND);
        assertArrayEquals(new double[] {-0.49, 0.33}, x, HAND);
    }

    @Test
    void nesterovLooksAhead() {
        double[][] first = new double[1][];
        double[] x = twoSteps(new Nesterov(0.1, 0.9), first);
        // v₁ = (−0.1, 0.2);  x₁ = βv₁ − ηg₁ = −(1 + β)η g₁ = (−0.19, 0.38)
        // v₂ = (−0.39, 0.13);  x₂ = x₁ + βv₂ − ηg₂ = (−0.19 − 0.351 − 0.3, 0.38 + 0.117 − 0.05) = (−0.841, 0.447)
        assertArrayEquals(new double[] {-0.19, 0.38}, first[0], HAND);
        assertArrayEquals(new double[] {-0.841, 0.447}, x, HAND);
    }

    @Test
    void rmsPropScalesByTheRootMeanSquare() {
        double[][] first = new double[1][];
        double[] x = twoSteps(new RMSProp(), first);
        // s₁ = 0.01 g₁² = (0.01, 0.04), x₁ = −0.01 g₁/(√s₁ + 1e-8) = (−0.1/(1 + 1e-7), 0.1/(1 + 5e-8));
        // s₂ = 0.99 s₁ + 0.01 g₂² = (0.0999, 0.0421), x₂ = x₁ − 0.01 g₂/(√s₂ + 1e-8)
        // (the same loop in Python floats: −0.09999999000000095, 0.0999999950000002; −0.1949157865722479,
        // 0.07563148724621964)
        assertArrayEquals(new double[] {-0.09999999000000095, 0.0999999950000002}, first[0], HAND);
        assertArrayEquals(new double[] {-0.1949157865722479, 0.07563148724621964}, x, HAND);
    }

    @Test
    void adamWithAConstantGradientStepsByTheLearningRate() {
        // with g constant, m̂ₜ = g and v̂ₜ = g² exactly, so every step is η g/(|g| + ε)
        FirstOrderMethod.Updater u = new Adam(0.1).updater(2);
        double[] x = {0, 0};
        for (int t = 1; t <= 3; t++) {
            u.update(x, G1);
            assertEquals(-t * 0.1 * 1 / (1 + 1e-8), x[0], 4 * HAND);
            assertEquals(t * 0.1 * 2 / (2 + 1e-8), x[1], 4 * HAND);
        }
    }

    @Test
    void adamsFirstThreeStepsMatchAlgorithmOne() {
        // f = x² + 100y² from (1, 1), η = 0.1: multivariable_optimize_reference.py, lines "Adam step t"
        double[][] expected = {
            {0.9000000005, 0.900000000005},
            {0.8004122286917928, 0.800412227681453},
            {0.7015862729460303, 0.7015862714032294},
        };
        FirstOrderMethod.Updater u = new Adam(0.1).updater(2);
        double[] x = {1, 1};
        for (double[] step : expected) {
            u.update(x, new double[] {2 * x[0], 200 * x[1]});
            assertArrayEquals(step, x, 4 * HAND);
        }
    }

    @Test
    void theScheduleSetsEachStep() {
        // time-based η(t) = 0.1/(1 + (t − 1)): steps of 0.1, 0.05, 0.1/3 along g = 1
        FirstOrderMethod.Updater u = new GradientDescent(LearningRateSchedule.timeBased(0.1, 1)).updater(1);
        double[] x = {0};
        u.update(x, new double[] {1});
        u.update(x, new double[] {1});
        u.update(x, new double[] {1});
        assertEquals(-(0.1 + 0.05 + 0.1 / 3), x[0], HAND);
    }

    @Test
    void defaultsAreThePublishedOnes() {
        Adam adam = new Adam();
        assertEquals(0.001, adam.schedule().rate(1));
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-8, adam.epsilon());
        RMSProp rms = new RMSProp();
        assertEquals(0.01, rms.schedule().rate(1));
        assertEquals(0.99, rms.rho());
        assertEquals(0.9, new Momentum(0.1).beta());
        assertEquals(0.9, new Nesterov(0.1).beta());
    }

    @Test
    void invalidHyperparametersAreRejectedWithTheirValues() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> new GradientDescent(0));
        assertTrue(e.getMessage().contains("0.0"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> new GradientDescent(-0.1));
        assertThrows(InvalidArgumentException.class, () -> new Adam(Double.NaN));
        assertThrows(InvalidArgumentException.class, () -> new Momentum(0.1, 1.0));
        assertThrows(InvalidArgumentException.class, () -> new Nesterov(0.1, -0.1));
        e = assertThrows(InvalidArgumentException.class, () -> new Adam(0.001, 0.9, 1.0));
        assertTrue(e.getMessage().contains("beta2") && e.getMessage().contains("1.0"), e.getMessage());
        assertThrows(InvalidArgumentException.class,
                () -> new RMSProp(LearningRateSchedule.constant(0.01), 0.99, 0));
        assertThrows(NullPointerException.class, () -> new GradientDescent((LearningRateSchedule) null));
        assertThrows(InvalidArgumentException.class, () -> new Adam().updater(0));
    }

    @Test
    void arraysOfTheWrongLengthAreRejected() {
        FirstOrderMethod.Updater u = new Adam().updater(3);
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
                () -> u.update(new double[3], new double[2]));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void aScheduleThatStopsBeingPositiveIsNamed() {
        FirstOrderMethod.Updater u = new GradientDescent(t -> 1.0 - 0.5 * t).updater(1);
        double[] x = {0};
        u.update(x, new double[] {1});   // η(1) = 0.5
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> u.update(x, new double[] {1}));
        assertTrue(e.getMessage().contains("η(2) = 0.0"), e.getMessage());
    }
}
