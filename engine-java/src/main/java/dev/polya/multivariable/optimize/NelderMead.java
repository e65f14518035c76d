package dev.polya.multivariable.optimize;

import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.MultivariateFunction;
import java.util.Objects;

/**
 * The Nelder–Mead simplex method (chapter 17): minimization without derivatives by moving a simplex of n + 1
 * points downhill. Each iteration replaces the worst vertex x_w through the centroid x̄ of the others:
 * <pre>
 *   reflect  x_r = x̄ + ρ(x̄ − x_w)            expand    x_e = x̄ + ρχ(x̄ − x_w)
 *   contract x_c = x̄ + ψρ(x̄ − x_w) (outside)  x_cc = x̄ − ψ(x̄ − x_w) (inside)
 *   shrink   xᵢ ← x_best + σ(xᵢ − x_best)   when no contraction improves,
 * </pre>
 * with the standard coefficients ρ = 1, χ = 2, ψ = ½, σ = ½, or Gao and Han's adaptive ones ρ = 1,
 * χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n, better in high dimension. The steps, the initial simplex (x₀ and
 * x₀ with coordinate i scaled by 1.05, or set to 0.00025 when zero) and the stopping test (every vertex within
 * xTolerance of the best in every coordinate and every value within fTolerance of the best) are those of
 * {@code scipy.optimize.minimize(method='Nelder-Mead')}: on Rosenbrock from (−1.2, 1) both make 84 iterations
 * and 159 evaluations (SciPy reports {@code nit = 85}, counting from 1) and stop within 10⁻⁴ of (1, 1).
 *
 * <p>Cost: n + 1 evaluations to start, then 1–2 per iteration (n + 2 or more when shrinking), O(n²) flops.
 * No convergence theory in general (McKinnon's examples stall at non-stationary points); it locates a
 * minimizer only to about √ε relative, and slowly for large n. +∞ from f is allowed (a point outside f's
 * domain is just bad); NaN stops the run with {@link MinimizationResult.Status#NON_FINITE} naming the
 * iteration; f falling 10¹⁰·max(1, |f(x₀)|) below f(x₀) ends it with {@link MinimizationResult.Status#DIVERGED}.
 * The budgets are checked before each iteration.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. A. Nelder and R. Mead, "A simplex
 * method for function minimization", Computer Journal 7, 1965; F. Gao and L. Han, "Implementing the
 * Nelder-Mead simplex algorithm with adaptive parameters", Comput. Optim. Appl. 51, 2012; J. Nocedal and
 * S. J. Wright, <i>Numerical Optimization</i>, 2nd ed., §9.5.
 *
 * @param xTolerance     the simplex size at which to stop, max |xᵢ − x_best| ≤ this (SciPy's {@code xatol}), ≥ 0
 * @param fTolerance     the value spread at which to stop, max |f(xᵢ) − f(x_best)| ≤ this ({@code fatol}), ≥ 0
 * @param maxIterations  the iteration budget, ≥ 0
 * @param maxEvaluations the evaluation budget, ≥ 1
 * @param coefficients   standard or adaptive
 */
public record NelderMead(double xTolerance, double fTolerance, int maxIterations, int maxEvaluations,
        Coefficients coefficients) implements Method {

    private static final String METHOD = "Nelder–Mead";
    /** SciPy's relative perturbation of a non-zero coordinate for the initial simplex. */
    private static final double NONZERO_DELTA = 0.05;
    /** SciPy's value for a zero coordinate in the initial simplex. */
    private static final double ZERO_DELTA = 0.00025;

    /** 10⁻⁴, SciPy's {@code xatol} and {@code fatol}. */
    public static final double DEFAULT_TOLERANCE = 1e-4;
    /** 10 000 iterations and evaluations (SciPy: 200n of each). */
    public static final int DEFAULT_BUDGET = 10_000;

    /** The reflection, expansion, contraction and shrink coefficients. */
    public enum Coefficients {
        /** ρ = 1, χ = 2, ψ = ½, σ = ½ (Nelder and Mead). */
        STANDARD,
        /** ρ = 1, χ = 1 + 2/n, ψ = ¾ − 1/(2n), σ = 1 − 1/n (Gao and Han; SciPy's {@code adaptive=True}). */
        ADAPTIVE
    }

    /**
     * Validates the parameters.
     *
     * @param xTolerance     ≥ 0
     * @param fTolerance     ≥ 0
     * @param maxIterations  ≥ 0
     * @param maxEvaluations ≥ 1
     * @param coefficients   standard or adaptive
     */
    public NelderMead {
        Hyperparameters.requireNonNegative(METHOD, "x tolerance", xTolerance);
        Hyperparameters.requireNonNegative(METHOD, "f tolerance", fTolerance);
        Hyperparameters.requireAtLeast(METHOD, "max iterations", maxIterations, 0);
        Hyperparameters.requireAtLeast(METHOD, "max evaluations", maxEvaluations, 1);
        Objects.requireNonNull(coefficients, "coefficients");
    }

    /** Nelder–Mead with SciPy's tolerances and the standard coefficients. */
    public NelderMead() {
        this(DEFAULT_TOLERANCE, DEFAULT_TOLERANCE, DEFAULT_BUDGET, DEFAULT_BUDGET, Coefficients.STANDARD);
    }

    /** Uses only the values of f. */
    @Override
    public MinimizationResult minimize(DifferentiableFunction f, Vector start) {
        return minimize((MultivariateFunction) f, start);
    }

    /**
     * Minimizes f from a starting point using only its values.
     *
     * @param f     the function
     * @param start x₀, finite
     * @return the best vertex, how the run ended, and the path of best vertices
     * @throws dev.polya.core.NonFiniteValueException when x₀ or f(x₀) is not finite
     */
    public MinimizationResult minimize(MultivariateFunction f, Vector start) {
        Objects.requireNonNull(f, "f");
        Run run = new Run(METHOD, start);
        int n = run.dimension();
        boolean adaptive = coefficients == Coefficients.ADAPTIVE;
        double rho = 1;
        double chi = adaptive ? 1 + 2.0 / n : 2;
        double psi = adaptive ? 0.75 - 1 / (2.0 * n) : 0.5;
        double sigma = adaptive ? 1 - 1.0 / n : 0.5;

        double[][] sim = new double[n + 1][];
        double[] fsim = new double[n + 1];
        sim[0] = start.toArray();
        for (int k = 0; k < n; k++) {
            double[] y = start.toArray();
            y[k] = y[k] != 0 ? (1 + NONZERO_DELTA) * y[k] : ZERO_DELTA;
            sim[k + 1] = y;
        }
        fsim[0] = run.value(f, start);
        if (!Double.isFinite(fsim[0])) {
            throw new NonFiniteValueException(METHOD + ": f = " + fsim[0] + " at the start x₀ = "
                    + start);
        }
        double f0 = fsim[0];
        double floor = f0 - Run.DIVERGENCE_FACTOR * Math.max(1, Math.abs(f0));
        run.record(start, f0);
        for (int k = 1; k <= n; k++) {
            fsim[k] = run.value(f, Vector.of(sim[k]));
            if (Double.isNaN(fsim[k])) {
                return run.finish(start, f0, Double.NaN, 0, MinimizationResult.Status.NON_FINITE,
                        "f = NaN at initial vertex " + k);
            }
        }
        sort(sim, fsim);
        Simplex s = new Simplex(f, run, sim, fsim, n);
        int iterations = 0;
        MinimizationResult.Status status;
        String reason;
        while (true) {
            if (s.converged(xTolerance, fTolerance)) {
                status = MinimizationResult.Status.CONVERGED_SIMPLEX;
                reason = "simplex within " + xTolerance + " in x and " + fTolerance + " in f after " + iterations
                        + " iterations";
                break;
            }
            if (iterations >= maxIterations) {
                status = MinimizationResult.Status.ITERATION_LIMIT;
                reason = "iteration budget " + maxIterations + " exhausted";
                break;
            }
            if (s.evaluations() >= maxEvaluations) {
                status = MinimizationResult.Status.EVALUATION_LIMIT;
                reason = "evaluation budget " + maxEvaluations + " exhausted after " + iterations + " iterations";
                break;
            }
            s.iterate(rho, chi, psi, sigma);
            iterations++;
            sort(sim, fsim);
            if (s.sawNaN) {
                status = MinimizationResult.Status.NON_FINITE;
                reason = "f = NaN at iteration " + iterations;
                break;
            }
            run.record(Vector.of(sim[0]), fsim[0]);
            if (fsim[0] < floor) {
                status = MinimizationResult.Status.DIVERGED;
                reason = "f = " + fsim[0] + " at iteration " + iterations + " fell more than "
                        + Run.DIVERGENCE_FACTOR + "·max(1, |f(x₀)|) below f(x₀) = " + f0 + " (f unbounded below?)";
                break;
            }
        }
        Vector best = Vector.of(sim[0]);
        if (!s.sawNaN && iterations == 0 && !best.equals(start)) {
            run.record(best, fsim[0]);
        }
        return run.finish(best, fsim[0], Double.NaN, iterations, status, reason);
    }

    /** Sorts the vertices by value, stably (insertion sort: n + 1 is small and the order nearly sorted). */
    private static void sort(double[][] sim, double[] fsim) {
        for (int i = 1; i < fsim.length; i++) {
            double fi = fsim[i];
            double[] xi = sim[i];
            int j = i - 1;
            while (j >= 0 && fsim[j] > fi) {
                fsim[j + 1] = fsim[j];
                sim[j + 1] = sim[j];
                j--;
            }
            fsim[j + 1] = fi;
            sim[j + 1] = xi;
        }
    }

    /** The simplex, sorted best first, and the moves of one iteration. */
    private static final class Simplex {
        private final MultivariateFunction f;
        private final Run run;
        private final double[][] sim;
        private final double[] fsim;
        private final int n;
        private int evaluations;
        boolean sawNaN;

        Simplex(MultivariateFunction f, Run run, double[][] sim, double[] fsim, int n) {
            this.f = f;
            this.run = run;
            this.sim = sim;
            this.fsim = fsim;
            this.n = n;
            this.evaluations = n + 1;
        }

        int evaluations() {
            return evaluations;
        }

        boolean converged(double xTolerance, double fTolerance) {
            double dx = 0;
            double df = 0;
            for (int k = 1; k <= n; k++) {
                for (int i = 0; i < n; i++) {
                    dx = Math.max(dx, Math.abs(sim[k][i] - sim[0][i]));
                }
                df = Math.max(df, Math.abs(fsim[0] - fsim[k]));
            }
            return dx <= xTolerance && df <= fTolerance;
        }

        private double value(double[] x) {
            evaluations++;
            double v = run.value(f, Vector.of(x));
            if (Double.isNaN(v)) {
                sawNaN = true;
            }
            return v;
        }

        /** x̄ + t(x̄ − x_w), for the centroid x̄ of all but the worst. */
        private double[] along(double[] centroid, double t) {
            double[] worst = sim[n];
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = (1 + t) * centroid[i] - t * worst[i];
            }
            return p;
        }

        void iterate(double rho, double chi, double psi, double sigma) {
            double[] centroid = new double[n];
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    centroid[i] += sim[k][i];
                }
            }
            for (int i = 0; i < n; i++) {
                centroid[i] /= n;
            }
            double[] xr = along(centroid, rho);
            double fr = value(xr);
            if (fr < fsim[0]) {
                double[] xe = along(centroid, rho * chi);
                double fe = value(xe);
                if (fe < fr) {
                    replaceWorst(xe, fe);
                } else {
                    replaceWorst(xr, fr);
                }
                return;
            }
            if (fr < fsim[n - 1]) {
                replaceWorst(xr, fr);
                return;
            }
            if (fr < fsim[n]) {
                double[] xc = along(centroid, psi * rho);
                double fc = value(xc);
                if (fc <= fr) {
                    replaceWorst(xc, fc);
                    return;
                }
            } else {
                double[] xcc = along(centroid, -psi);
                double fcc = value(xcc);
                if (fcc < fsim[n]) {
                    replaceWorst(xcc, fcc);
                    return;
                }
            }
            for (int k = 1; k <= n; k++) {
                // xₖ ← x_best + σ(xₖ − x_best)
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    p[i] = sim[0][i] + sigma * (sim[k][i] - sim[0][i]);
                }
                sim[k] = p;
                fsim[k] = value(p);
            }
        }

        private void replaceWorst(double[] x, double fx) {
            sim[n] = x;
            fsim[n] = fx;
        }
    }
}
