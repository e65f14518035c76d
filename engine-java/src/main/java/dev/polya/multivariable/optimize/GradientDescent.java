package dev.polya.multivariable.optimize;

/**
 * Gradient descent in many variables (chapter 17): step against the gradient, x ← x − η(t) ∇f(x).
 *
 * <p>On a quadratic with Hessian eigenvalues 0 &lt; μ ≤ … ≤ L it converges for 0 &lt; η &lt; 2/L, at best
 * (η = 2/(L + μ)) with the factor (κ − 1)/(κ + 1) per step, κ = L/μ: on f = x² + 100y² (κ = 100) that is
 * 0.98, about 1 000 steps for six digits — the zig-zag the momentum methods fix. With η ≥ 2/L the
 * iterates grow; {@link Minimizer} reports that as {@link MinimizationResult.Status#DIVERGED}.
 *
 * <p>Cost per update: 2n flops, no allocation.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §3.3.
 *
 * @param schedule the learning rate η(t)
 */
public record GradientDescent(LearningRateSchedule schedule) implements FirstOrderMethod {

    private static final String METHOD = "gradient descent";

    /** The learning rate when none is given, η = 0.01 (PyTorch's {@code SGD} has no default; Keras uses 0.01). */
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    /**
     * Validates the schedule.
     *
     * @param schedule η(t)
     */
    public GradientDescent {
        Hyperparameters.requireSchedule(schedule);
    }

    /** Gradient descent with η = {@value #DEFAULT_LEARNING_RATE}. */
    public GradientDescent() {
        this(DEFAULT_LEARNING_RATE);
    }

    /**
     * Gradient descent with a constant learning rate.
     *
     * @param learningRate η &gt; 0
     */
    public GradientDescent(double learningRate) {
        this(LearningRateSchedule.constant(learningRate));
    }

    @Override
    public Updater updater(int n) {
        Hyperparameters.requireSize(METHOD, n);
        return new Updater() {
            private int t;

            @Override
            public void update(double[] x, double[] gradient) {
                Hyperparameters.requireLengths(METHOD, n, x, gradient);
                t++;
                double eta = Hyperparameters.rate(METHOD, schedule, t);
                for (int i = 0; i < n; i++) {
                    // xᵢ ← xᵢ − η gᵢ
                    x[i] -= eta * gradient[i];
                }
            }
        };
    }
}
