package dev.polya.multivariable.optimize;

import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;

/**
 * Limited-memory BFGS (chapter 17): BFGS without the n×n matrix. Only the last m pairs
 * sᵢ = xᵢ₊₁ − xᵢ, yᵢ = ∇f(xᵢ₊₁) − ∇f(xᵢ) are kept, and pₖ = −Hₖ∇f(xₖ) is computed from them by the two-loop
 * recursion (Nocedal and Wright, Algorithm 7.4):
 * <pre>
 *   q = ∇f;  for i = k−1 … k−m:  αᵢ = ρᵢ sᵢᵀq,  q ← q − αᵢyᵢ
 *   r = γₖ q,  γₖ = sₖ₋₁ᵀyₖ₋₁ / yₖ₋₁ᵀyₖ₋₁
 *   for i = k−m … k−1:  β = ρᵢ yᵢᵀr,  r ← r + sᵢ(αᵢ − β);     p = −r,   ρᵢ = 1/(yᵢᵀsᵢ)
 * </pre>
 * with a Wolfe line search (first trial 1; 1.01/‖∇f(x₀)‖₂ on the first, steepest-descent step). Memory
 * m = 10 is the usual choice (3 to 20 work). On Rosenbrock from (−1.2, 1) it takes 36 iterations and 45
 * evaluations of f and ∇f to ‖∇f‖∞ ≤ 10⁻⁵ (SciPy 1.10's L-BFGS-B, with its own stopping rule: 36 and 44).
 *
 * <p>Cost per iteration: 4mn flops and 2mn doubles of memory plus the line search; the choice for large n.
 * Failure modes as {@link BFGS}. Stops when ‖∇f‖∞ ≤ gradientTolerance (default 10⁻⁵).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §7.2 (Algorithms 7.4 and 7.5); D. C. Liu and
 * J. Nocedal, "On the limited memory BFGS method for large scale optimization", Math. Prog. 45, 1989.
 *
 * @param memory            m ≥ 1, the number of (s, y) pairs kept
 * @param gradientTolerance stop when ‖∇f(x)‖∞ ≤ this, ≥ 0
 * @param maxIterations     the iteration budget, ≥ 0
 */
public record LBFGS(int memory, double gradientTolerance, int maxIterations) implements Method {

    private static final String METHOD = "L-BFGS";

    /** m = 10 pairs. */
    public static final int DEFAULT_MEMORY = 10;

    /**
     * Validates the parameters.
     *
     * @param memory            m ≥ 1
     * @param gradientTolerance ≥ 0
     * @param maxIterations     ≥ 0
     */
    public LBFGS {
        Hyperparameters.requireAtLeast(METHOD, "memory", memory, 1);
        Hyperparameters.requireNonNegative(METHOD, "gradient tolerance", gradientTolerance);
        Hyperparameters.requireAtLeast(METHOD, "max iterations", maxIterations, 0);
    }

    /** L-BFGS with m = {@value #DEFAULT_MEMORY}, gradient tolerance 10⁻⁵ and 1 000 iterations. */
    public LBFGS() {
        this(DEFAULT_MEMORY);
    }

    /**
     * L-BFGS with the default tolerance and budget.
     *
     * @param memory m ≥ 1
     */
    public LBFGS(int memory) {
        this(memory, BFGS.DEFAULT_GRADIENT_TOLERANCE, BFGS.DEFAULT_MAX_ITERATIONS);
    }

    @Override
    public MinimizationResult minimize(DifferentiableFunction f, Vector start) {
        return LineSearchDescent.run(METHOD, f, start, gradientTolerance, maxIterations, WolfeLineSearch.DEFAULT,
                new History(memory, start.size()));
    }

    /** The last m pairs in a ring buffer: the newest at index (first + count − 1) mod m. */
    private static final class History implements LineSearchDescent.Directions {
        private final int m;
        private final int n;
        private final double[][] s;
        private final double[][] y;
        private final double[] rho;
        private final double[] alpha;
        private int first;
        private int count;

        History(int m, int n) {
            this.m = m;
            this.n = n;
            this.s = new double[m][];
            this.y = new double[m][];
            this.rho = new double[m];
            this.alpha = new double[m];
        }

        @Override
        public void reset() {
            first = 0;
            count = 0;
        }

        @Override
        public Vector direction(Vector x, Vector gradient) {
            double[] q = gradient.toArray();
            for (int c = count - 1; c >= 0; c--) {
                int i = (first + c) % m;
                // αᵢ = ρᵢ sᵢᵀq;  q ← q − αᵢ yᵢ
                alpha[i] = rho[i] * dot(s[i], q);
                axpy(-alpha[i], y[i], q);
            }
            if (count > 0) {
                int newest = (first + count - 1) % m;
                // r = γ q,  γ = sᵀy / yᵀy of the newest pair
                double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
                for (int j = 0; j < n; j++) {
                    q[j] *= gamma;
                }
            }
            for (int c = 0; c < count; c++) {
                int i = (first + c) % m;
                // β = ρᵢ yᵢᵀr;  r ← r + sᵢ(αᵢ − β)
                double beta = rho[i] * dot(y[i], q);
                axpy(alpha[i] - beta, s[i], q);
            }
            for (int j = 0; j < n; j++) {
                q[j] = -q[j];
            }
            return Vector.of(q);
        }

        @Override
        public double initialStep(double interpolated) {
            return count > 0 ? 1.0 : interpolated;
        }

        @Override
        public void learn(Vector step, Vector change) {
            double[] si = step.toArray();
            double[] yi = change.toArray();
            double sy = dot(si, yi);
            if (!(sy > 0)) {
                return; // no curvature information: keep the old pairs
            }
            int slot;
            if (count < m) {
                slot = (first + count) % m;
                count++;
            } else {
                slot = first;
                first = (first + 1) % m;
            }
            s[slot] = si;
            y[slot] = yi;
            rho[slot] = 1 / sy;
        }

        private static double dot(double[] a, double[] b) {
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += a[i] * b[i];
            }
            return sum;
        }

        private static void axpy(double a, double[] x, double[] y) {
            for (int i = 0; i < x.length; i++) {
                y[i] += a * x[i];
            }
        }
    }
}
