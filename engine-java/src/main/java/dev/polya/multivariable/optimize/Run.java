package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.MultivariateFunction;
import dev.polya.multivariable.ValueAndGradient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The book-keeping of one minimization run: checks at the door, counted and checked evaluations, the path and
 * the values along it, and the result.
 */
final class Run {

    /** How far above f(x₀), in units of max(1, |f(x₀)|), f may climb before a run counts as diverged. */
    static final double DIVERGENCE_FACTOR = 1e10;

    private final String method;
    private final int n;
    private final List<Vector> path = new ArrayList<>();
    private double[] values = new double[16];
    private int functionEvaluations;
    private int gradientEvaluations;

    /** Starts a run, validating x₀: non-empty and finite. */
    Run(String method, Vector start) {
        this.method = method;
        Objects.requireNonNull(start, "start");
        this.n = start.size();
        if (n == 0) {
            throw new InvalidArgumentException(method + ": the start must have at least one coordinate");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(start.get(i))) {
                throw new NonFiniteValueException(method + ": start coordinate " + i + " is " + start.get(i));
            }
        }
    }

    int dimension() {
        return n;
    }

    /** f(x) and ∇f(x), counted, with ∇f's dimension checked (a wrong gradient is a programming error). */
    ValueAndGradient evaluate(DifferentiableFunction f, Vector x) {
        ValueAndGradient vg = f.valueAndGradient(x);
        functionEvaluations++;
        gradientEvaluations++;
        if (vg.gradient().size() != n) {
            throw new DimensionMismatchException(method + ": the gradient has " + vg.gradient().size()
                    + " components but x has " + n);
        }
        return vg;
    }

    /** f(x), counted. */
    double value(MultivariateFunction f, Vector x) {
        functionEvaluations++;
        return f.applyAsDouble(x);
    }

    /** f(x₀) and ∇f(x₀), which must be finite: a start where f is undefined is bad input. */
    ValueAndGradient start(DifferentiableFunction f, Vector x0) {
        Objects.requireNonNull(f, "f");
        ValueAndGradient vg = evaluate(f, x0);
        String problem = nonFinite(vg);
        if (problem != null) {
            throw new NonFiniteValueException(method + ": " + problem + " at the start x₀ = " + x0);
        }
        return vg;
    }

    /** Counts evaluations made elsewhere (by a line search). */
    void count(int evaluations) {
        functionEvaluations += evaluations;
        gradientEvaluations += evaluations;
    }

    void record(Vector x, double fx) {
        if (path.size() == values.length) {
            values = Arrays.copyOf(values, 2 * values.length);
        }
        values[path.size()] = fx;
        path.add(x);
    }

    MinimizationResult finish(Vector x, double fx, double gradientNorm, int iterations,
            MinimizationResult.Status status, String reason) {
        return new MinimizationResult(x, fx, gradientNorm, iterations, functionEvaluations, gradientEvaluations,
                status.isConvergence(), status, method + ": " + reason, path,
                Vector.of(Arrays.copyOf(values, path.size())));
    }

    /** The ceiling f(x₀) + 10¹⁰·max(1, |f(x₀)|) above which a run counts as diverged. */
    static double ceiling(double f0) {
        return f0 + DIVERGENCE_FACTOR * Math.max(1, Math.abs(f0));
    }

    static String divergedReason(double fx, double f0, int step) {
        return "f = " + fx + " at step " + step + " rose more than " + DIVERGENCE_FACTOR
                + "·max(1, |f(x₀)|) above f(x₀) = " + f0 + " (learning rate too large?)";
    }

    /** ‖g‖∞ = maxᵢ |gᵢ|. */
    static double maxAbs(Vector g) {
        double m = 0;
        for (int i = 0; i < g.size(); i++) {
            m = Math.max(m, Math.abs(g.get(i)));
        }
        return m;
    }

    static String gradientReason(double gradientNorm, double tolerance, int iterations) {
        return "‖∇f‖∞ = " + gradientNorm + " ≤ " + tolerance + " after " + iterations + " iterations";
    }

    static String limitReason(int maxIterations, double gradientNorm) {
        return "iteration budget " + maxIterations + " exhausted with ‖∇f‖∞ = " + gradientNorm;
    }

    /** What is not finite in (f, ∇f), or null when both are finite. */
    static String nonFinite(ValueAndGradient vg) {
        if (!Double.isFinite(vg.value())) {
            return "f = " + vg.value();
        }
        Vector g = vg.gradient();
        for (int i = 0; i < g.size(); i++) {
            if (!Double.isFinite(g.get(i))) {
                return "∂f/∂x" + i + " = " + g.get(i);
            }
        }
        return null;
    }

    /** The index of the first non-finite entry, or −1. */
    static int firstNonFinite(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return i;
            }
        }
        return -1;
    }
}
