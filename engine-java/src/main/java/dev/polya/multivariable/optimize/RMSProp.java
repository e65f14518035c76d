package dev.polya.multivariable.optimize;

/**
 * RMSProp (chapter 17): divide each coordinate's step by a running root-mean-square of its gradients,
 * <pre>
 *   sᵢ ← ρ sᵢ + (1 − ρ) gᵢ²,    xᵢ ← xᵢ − η(t) gᵢ / (√sᵢ + ε),    s₀ = 0,
 * </pre>
 * so that steep and flat directions move at similar speeds (on x² + 100y² both coordinates take steps of
 * about η). The first step is η·gᵢ/(√(1 − ρ)·|gᵢ| + ε) ≈ 10η·sign(gᵢ) for ρ = 0.99. Defaults as PyTorch's
 * {@code RMSprop}: η = 0.01, ρ = 0.99, ε = 10⁻⁸ (added outside the root). Near a minimum the steps do not
 * shrink below about η, so a constant rate leaves the iterate hovering at distance ~η: use a decaying
 * {@link LearningRateSchedule} for high accuracy.
 *
 * <p>Cost per update: 6n flops and n square roots, no allocation; state: s, n doubles.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; G. Hinton, N. Srivastava,
 * K. Swersky, <i>Neural Networks for Machine Learning</i>, lecture 6e, 2012; S. Ruder, arXiv:1609.04747,
 * 2016, §4.5.
 *
 * @param schedule the learning rate η(t)
 * @param rho      the decay ρ ∈ [0, 1) of the average of squared gradients
 * @param epsilon  ε &gt; 0, guarding the division
 */
public record RMSProp(LearningRateSchedule schedule, double rho, double epsilon) implements FirstOrderMethod {

    private static final String METHOD = "RMSProp";

    /** η = 0.01 (PyTorch). */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /** ρ = 0.99 (PyTorch's {@code alpha}). */
    public static final double DEFAULT_RHO = 0.99;
    /** ε = 10⁻⁸ (PyTorch). */
    public static final double DEFAULT_EPSILON = 1e-8;

    /**
     * Validates the parameters.
     *
     * @param schedule η(t)
     * @param rho      ρ ∈ [0, 1)
     * @param epsilon  ε &gt; 0
     */
    public RMSProp {
        Hyperparameters.requireSchedule(schedule);
        Hyperparameters.requireBeta(METHOD, "rho", rho);
        Hyperparameters.requirePositive(METHOD, "epsilon", epsilon);
    }

    /** RMSProp with PyTorch's defaults. */
    public RMSProp() {
        this(DEFAULT_LEARNING_RATE);
    }

    /**
     * RMSProp with a constant learning rate, ρ = {@value #DEFAULT_RHO}, ε = {@value #DEFAULT_EPSILON}.
     *
     * @param learningRate η &gt; 0
     */
    public RMSProp(double learningRate) {
        this(LearningRateSchedule.constant(learningRate), DEFAULT_RHO, DEFAULT_EPSILON);
    }

    @Override
    public Updater updater(int n) {
        Hyperparameters.requireSize(METHOD, n);
        double[] s = new double[n];
        return new Updater() {
            private int t;

            @Override
            public void update(double[] x, double[] gradient) {
                Hyperparameters.requireLengths(METHOD, n, x, gradient);
                t++;
                double eta = Hyperparameters.rate(METHOD, schedule, t);
                for (int i = 0; i < n; i++) {
                    // sᵢ ← ρ sᵢ + (1 − ρ) gᵢ²;  xᵢ ← xᵢ − η gᵢ / (√sᵢ + ε)
                    double g = gradient[i];
                    s[i] = rho * s[i] + (1 - rho) * g * g;
                    x[i] -= eta * g / (Math.sqrt(s[i]) + epsilon);
                }
            }
        };
    }
}
