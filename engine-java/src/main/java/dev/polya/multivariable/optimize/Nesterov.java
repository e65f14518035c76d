package dev.polya.multivariable.optimize;

/**
 * Nesterov's accelerated gradient (chapter 17): momentum that looks ahead, taking the gradient at the point
 * the velocity is about to carry the iterate to.
 *
 * <p>In Sutskever's form, v ← βv − η∇f(y + βv), y ← y + v. The updater only sees the gradient at the
 * parameters it holds, so it keeps the look-ahead point x = y + βv instead (Bengio, Boulanger-Lewandowski and
 * Pascanu 2013), which turns the same iteration into
 * <pre>
 *   v ← βv − η(t) ∇f(x),    x ← x + βv − η(t) ∇f(x),    v₀ = 0,
 * </pre>
 * the update of PyTorch's {@code SGD(momentum=β, nesterov=True)} for a constant η. The first step is
 * x₁ = x₀ − (1 + β)η g₁. On a quadratic the look-ahead damps the heavy ball's oscillation, but the stable
 * range of steps is narrower: along a curvature λ it needs ηλ &lt; 2(1 + β)/(1 + 2β) (≈ 1.36 for β = 0.9)
 * where the heavy ball needs ηλ &lt; 2(1 + β).
 *
 * <p>Cost per update: 6n flops, no allocation; state: the velocity, n doubles.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; Y. Nesterov, "A method for solving
 * the convex programming problem with convergence rate O(1/k²)", Soviet Math. Dokl. 27, 1983; I. Sutskever et
 * al., "On the importance of initialization and momentum in deep learning", ICML 2013; S. Ruder,
 * arXiv:1609.04747, 2016, §4.2.
 *
 * @param schedule the learning rate η(t)
 * @param beta     the momentum β ∈ [0, 1)
 */
public record Nesterov(LearningRateSchedule schedule, double beta) implements FirstOrderMethod {

    private static final String METHOD = "Nesterov";

    /**
     * Validates the parameters.
     *
     * @param schedule η(t)
     * @param beta     β ∈ [0, 1)
     */
    public Nesterov {
        Hyperparameters.requireSchedule(schedule);
        Hyperparameters.requireBeta(METHOD, "beta", beta);
    }

    /**
     * Nesterov momentum with a constant learning rate and β = {@value Momentum#DEFAULT_BETA}.
     *
     * @param learningRate η &gt; 0
     */
    public Nesterov(double learningRate) {
        this(learningRate, Momentum.DEFAULT_BETA);
    }

    /**
     * Nesterov momentum with a constant learning rate.
     *
     * @param learningRate η &gt; 0
     * @param beta         β ∈ [0, 1)
     */
    public Nesterov(double learningRate, double beta) {
        this(LearningRateSchedule.constant(learningRate), beta);
    }

    @Override
    public Updater updater(int n) {
        Hyperparameters.requireSize(METHOD, n);
        double[] v = new double[n];
        return new Updater() {
            private int t;

            @Override
            public void update(double[] x, double[] gradient) {
                Hyperparameters.requireLengths(METHOD, n, x, gradient);
                t++;
                double eta = Hyperparameters.rate(METHOD, schedule, t);
                for (int i = 0; i < n; i++) {
                    // vᵢ ← β vᵢ − η gᵢ;  xᵢ ← xᵢ + β vᵢ − η gᵢ
                    double step = eta * gradient[i];
                    v[i] = beta * v[i] - step;
                    x[i] += beta * v[i] - step;
                }
            }
        };
    }
}
