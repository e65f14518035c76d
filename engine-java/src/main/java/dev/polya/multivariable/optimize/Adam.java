package dev.polya.multivariable.optimize;

/**
 * Adam (chapter 17): momentum on the gradient and RMSProp's scaling, both bias-corrected,
 * <pre>
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,   m̂ = m/(1 − β₁ᵗ),   v̂ = v/(1 − β₂ᵗ),
 *   x ← x − η(t) m̂ / (√v̂ + ε),                    m₀ = v₀ = 0,  t = 1, 2, …
 * </pre>
 * (Kingma and Ba, Algorithm 1). The bias correction undoes the pull of m₀ = v₀ = 0 towards zero, so the first
 * step is η·gᵢ/(|gᵢ| + ε) ≈ η·sign(gᵢ) in every coordinate, whatever the gradient's scale. Defaults from the
 * paper: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸. Steps stay of size ~η near a minimum, so a constant rate
 * leaves the iterate within ~η of it.
 *
 * <p>Cost per update: 10n flops and n square roots, no allocation (β₁ᵗ and β₂ᵗ are kept as running
 * products); state: m and v, 2n doubles.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; D. P. Kingma and J. Ba, "Adam: a
 * method for stochastic optimization", ICLR 2015, Algorithm 1.
 *
 * @param schedule the learning rate η(t)
 * @param beta1    β₁ ∈ [0, 1), the decay of the first moment m
 * @param beta2    β₂ ∈ [0, 1), the decay of the second moment v
 * @param epsilon  ε &gt; 0
 */
public record Adam(LearningRateSchedule schedule, double beta1, double beta2, double epsilon)
        implements FirstOrderMethod {

    private static final String METHOD = "Adam";

    /** η = 0.001 (Kingma and Ba). */
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    /** β₁ = 0.9 (Kingma and Ba). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** β₂ = 0.999 (Kingma and Ba). */
    public static final double DEFAULT_BETA2 = 0.999;
    /** ε = 10⁻⁸ (Kingma and Ba). */
    public static final double DEFAULT_EPSILON = 1e-8;

    /**
     * Validates the parameters.
     *
     * @param schedule η(t)
     * @param beta1    β₁ ∈ [0, 1)
     * @param beta2    β₂ ∈ [0, 1)
     * @param epsilon  ε &gt; 0
     */
    public Adam {
        Hyperparameters.requireSchedule(schedule);
        Hyperparameters.requireBeta(METHOD, "beta1", beta1);
        Hyperparameters.requireBeta(METHOD, "beta2", beta2);
        Hyperparameters.requirePositive(METHOD, "epsilon", epsilon);
    }

    /** Adam with the paper's defaults. */
    public Adam() {
        this(DEFAULT_LEARNING_RATE);
    }

    /**
     * Adam with a constant learning rate and the paper's β₁, β₂, ε.
     *
     * @param learningRate η &gt; 0
     */
    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2);
    }

    /**
     * Adam with a constant learning rate and ε = {@value #DEFAULT_EPSILON}.
     *
     * @param learningRate η &gt; 0
     * @param beta1        β₁ ∈ [0, 1)
     * @param beta2        β₂ ∈ [0, 1)
     */
    public Adam(double learningRate, double beta1, double beta2) {
        this(LearningRateSchedule.constant(learningRate), beta1, beta2, DEFAULT_EPSILON);
    }

    @Override
    public Updater updater(int n) {
        Hyperparameters.requireSize(METHOD, n);
        double[] m = new double[n];
        double[] v = new double[n];
        return new Updater() {
            private int t;
            private double beta1t = 1;
            private double beta2t = 1;

            @Override
            public void update(double[] x, double[] gradient) {
                Hyperparameters.requireLengths(METHOD, n, x, gradient);
                t++;
                double eta = Hyperparameters.rate(METHOD, schedule, t);
                beta1t *= beta1;
                beta2t *= beta2;
                double c1 = 1 - beta1t;
                double c2 = 1 - beta2t;
                for (int i = 0; i < n; i++) {
                    // m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  x ← x − η (m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε)
                    double g = gradient[i];
                    m[i] = beta1 * m[i] + (1 - beta1) * g;
                    v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                    x[i] -= eta * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
                }
            }
        };
    }
}
