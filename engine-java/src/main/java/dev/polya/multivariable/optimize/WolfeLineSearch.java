package dev.polya.multivariable.optimize;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.ValueAndGradient;
import java.util.Objects;

/**
 * A line search for the strong Wolfe conditions (chapter 17): along a descent direction p from x, find a step
 * α &gt; 0 with, for φ(α) = f(x + αp),
 * <pre>
 *   φ(α) ≤ φ(0) + c₁ α φ′(0)        (sufficient decrease)
 *   |φ′(α)| ≤ c₂ |φ′(0)|             (curvature),        0 &lt; c₁ &lt; c₂ &lt; 1.
 * </pre>
 * The curvature condition makes sᵀy &gt; 0 for s = αp, y = ∇f(x + αp) − ∇f(x), which keeps quasi-Newton
 * matrices positive definite. Algorithm 3.5 of Nocedal and Wright: try the initial step (1 for Newton and
 * quasi-Newton directions), double it while φ keeps decreasing with φ′ &lt; 0, and once an interval is known
 * to contain acceptable steps, shrink it ({@code zoom}, Algorithm 3.6) with the minimizer of the cubic
 * interpolating φ and φ′ at its ends (eq. 3.59) — or, when that cubic lies farther from the better end than
 * the quadratic through φ(lo), φ′(lo), φ(hi), the average of the two (Moré and Thuente's first case, which
 * keeps a much higher φ(hi) from throwing the trial far) — safeguarded to the middle 80 % of the interval,
 * bisection when no interpolant has a minimizer there.
 *
 * <p>A trial point where f or ∇f is NaN or infinite counts as a step that is too long, so the search backs off
 * from overflow instead of returning it. Cost: one evaluation of f and ∇f per trial, usually one or two.
 *
 * <p>Failure modes: a direction that is not downhill (φ′(0) ≥ 0) or an invalid initial step is rejected with
 * {@link InvalidArgumentException}; running out of evaluations, an interval that shrinks to rounding level
 * (typically: the tolerance asked of the caller is below what f's rounding allows, or ∇f is wrong), and a step
 * that keeps doubling (f unbounded below along p) are reported in the result's status, with the start
 * returned unchanged.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; J. Nocedal and S. J. Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §3.1, §3.5 (Algorithms 3.5 and 3.6); J. J. Moré and
 * D. J. Thuente, "Line search algorithms with guaranteed sufficient decrease", ACM TOMS 20(3), 1994.
 *
 * @param c1             the sufficient-decrease constant c₁ ∈ (0, 1)
 * @param c2             the curvature constant c₂ ∈ (c₁, 1)
 * @param maxEvaluations the budget of trial points per search, ≥ 1
 */
public record WolfeLineSearch(double c1, double c2, int maxEvaluations) {

    private static final String METHOD = "Wolfe line search";
    /** The part of a bracket the interpolated trial must keep from each end. */
    private static final double SAFEGUARD = 0.1;

    /** c₁ = 10⁻⁴, c₂ = 0.9 (Nocedal and Wright's choice for Newton and quasi-Newton methods), 30 trials. */
    public static final WolfeLineSearch DEFAULT = new WolfeLineSearch(1e-4, 0.9, 30);

    /** How a search ended. */
    public enum Status {
        /** A step satisfying both strong Wolfe conditions was found. */
        WOLFE_CONDITIONS_MET,
        /** The trial budget ran out while shrinking a bracket. */
        EVALUATION_LIMIT,
        /**
         * The trial budget ran out while the step was still doubling with φ decreasing and φ′ &lt; 0 (f is
         * probably unbounded below along p).
         */
        UNBOUNDED,
        /** The bracket shrank to rounding level without an acceptable step. */
        INTERVAL_COLLAPSED
    }

    /**
     * The outcome of a search: the accepted step and point, or, when none was found, α = 0 and the start.
     *
     * @param step        α (0 when the search failed)
     * @param x           x + αp
     * @param value       f(x + αp)
     * @param gradient    ∇f(x + αp)
     * @param evaluations the trials made (each one evaluation of f and ∇f)
     * @param status      how the search ended
     */
    public record Result(double step, Vector x, double value, Vector gradient, int evaluations, Status status) {

        /**
         * Validates the result.
         *
         * @param step        α
         * @param x           the point
         * @param value       f there
         * @param gradient    ∇f there
         * @param evaluations trials made
         * @param status      how the search ended
         */
        public Result {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(gradient, "gradient");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Validates the constants.
     *
     * @param c1             c₁ ∈ (0, 1)
     * @param c2             c₂ ∈ (c₁, 1)
     * @param maxEvaluations ≥ 1
     */
    public WolfeLineSearch {
        if (!(c1 > 0 && c1 < c2 && c2 < 1)) {
            throw new InvalidArgumentException(METHOD + ": need 0 < c1 < c2 < 1, got c1 = " + c1 + ", c2 = " + c2);
        }
        Hyperparameters.requireAtLeast(METHOD, "max evaluations", maxEvaluations, 1);
    }

    /** One trial: α, φ(α), φ′(α), and the point (null for α = 0, which is the start). */
    private record Trial(double a, double phi, double slope, Vector x, Vector gradient) {
    }

    /**
     * Searches along p from x.
     *
     * @param f           the function
     * @param x           the start
     * @param value       f(x)
     * @param gradient    ∇f(x)
     * @param direction   p, with ∇f(x)·p &lt; 0
     * @param initialStep the first trial α₀ &gt; 0 (1 for Newton and quasi-Newton directions)
     * @return the accepted step, or a failure status with the start
     * @throws InvalidArgumentException   when p is not a descent direction or α₀ is not positive and finite
     * @throws DimensionMismatchException when x, ∇f(x) and p differ in size
     */
    public Result search(DifferentiableFunction f, Vector x, double value, Vector gradient, Vector direction,
            double initialStep) {
        Objects.requireNonNull(f, "f");
        int n = x.size();
        if (gradient.size() != n || direction.size() != n) {
            throw new DimensionMismatchException(METHOD + ": x has " + n + " components, the gradient "
                    + gradient.size() + ", the direction " + direction.size());
        }
        double slope0 = gradient.dot(direction);
        if (!(slope0 < 0)) {
            throw new InvalidArgumentException(METHOD + ": p is not a descent direction, ∇f(x)·p = " + slope0);
        }
        Hyperparameters.requirePositive(METHOD, "initial step", initialStep);
        Search s = new Search(f, x, value, gradient, direction, slope0);
        Trial start = new Trial(0, value, slope0, x, gradient);
        Trial previous = start;
        double a = initialStep;
        while (s.evaluations < maxEvaluations) {
            Trial t = s.trial(a);
            if (!s.sufficientDecrease(t) || (previous != start && t.phi >= previous.phi)) {
                return zoom(s, previous, t);
            }
            if (Math.abs(t.slope) <= -c2 * slope0) {
                return s.accept(t);
            }
            if (t.slope >= 0) {
                return zoom(s, t, previous);
            }
            previous = t;
            a = 2 * a;
        }
        return s.fail(Status.UNBOUNDED);
    }

    /** Algorithm 3.6: lo satisfies sufficient decrease and has the lower φ; the bracket [lo, hi] holds a step. */
    private Result zoom(Search s, Trial lo, Trial hi) {
        while (s.evaluations < maxEvaluations) {
            double width = Math.abs(hi.a - lo.a);
            if (width <= 4 * Math.ulp(Math.max(lo.a, hi.a))) {
                return s.fail(Status.INTERVAL_COLLAPSED);
            }
            double a = trialStep(lo, hi);
            double left = Math.min(lo.a, hi.a) + SAFEGUARD * width;
            double right = Math.max(lo.a, hi.a) - SAFEGUARD * width;
            if (!(a >= left && a <= right)) {
                a = 0.5 * (lo.a + hi.a);
            }
            Trial t = s.trial(a);
            if (!s.sufficientDecrease(t) || t.phi >= lo.phi) {
                hi = t;
            } else {
                if (Math.abs(t.slope) <= -c2 * s.slope0) {
                    return s.accept(t);
                }
                if (t.slope * (hi.a - lo.a) >= 0) {
                    hi = lo;
                }
                lo = t;
            }
        }
        return s.fail(Status.EVALUATION_LIMIT);
    }

    /**
     * The next trial in [lo, hi]: when φ(hi) &gt; φ(lo) (the minimizer is near lo), the cubic's minimizer if it is
     * closer to lo than the quadratic's through φ(lo), φ′(lo), φ(hi), else their average (Moré and Thuente's
     * case 1, which guards against a cubic pulled far by a much higher φ(hi)); otherwise the cubic's.
     */
    private static double trialStep(Trial lo, Trial hi) {
        double cubic = cubicMinimizer(lo, hi);
        if (!(hi.phi > lo.phi) || !Double.isFinite(hi.phi)) {
            return cubic;
        }
        double d = hi.a - lo.a;
        // minimizer of q with q(lo) = φ(lo), q′(lo) = φ′(lo), q(hi) = φ(hi)
        double quadratic = lo.a + lo.slope * d * d / (2 * (lo.phi - hi.phi + lo.slope * d));
        if (!Double.isFinite(cubic)) {
            return quadratic;
        }
        return Math.abs(cubic - lo.a) < Math.abs(quadratic - lo.a) ? cubic : 0.5 * (cubic + quadratic);
    }

    /** The minimizer of the cubic through (a, φ(a), φ′(a)) and (b, φ(b), φ′(b)) (N&W eq. 3.59), or NaN. */
    private static double cubicMinimizer(Trial p, Trial q) {
        double d1 = p.slope + q.slope - 3 * (p.phi - q.phi) / (p.a - q.a);
        double radicand = d1 * d1 - p.slope * q.slope;
        if (!(radicand >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.signum(q.a - p.a) * Math.sqrt(radicand);
        return q.a - (q.a - p.a) * (q.slope + d2 - d1) / (q.slope - p.slope + 2 * d2);
    }

    /** The state of one search. */
    private final class Search {
        final DifferentiableFunction f;
        final Vector x;
        final double value;
        final Vector gradient;
        final Vector direction;
        final double slope0;
        int evaluations;

        Search(DifferentiableFunction f, Vector x, double value, Vector gradient, Vector direction, double slope0) {
            this.f = f;
            this.x = x;
            this.value = value;
            this.gradient = gradient;
            this.direction = direction;
            this.slope0 = slope0;
        }

        /** φ(α) and φ′(α); a non-finite f or ∇f gives φ = +∞ (too far) and φ′ = NaN. */
        Trial trial(double a) {
            Vector point = x.plus(direction.times(a));
            ValueAndGradient vg = f.valueAndGradient(point);
            evaluations++;
            if (vg.gradient().size() != x.size()) {
                throw new DimensionMismatchException(METHOD + ": the gradient has " + vg.gradient().size()
                        + " components but x has " + x.size());
            }
            double slope = vg.gradient().dot(direction);
            if (!Double.isFinite(vg.value()) || !Double.isFinite(slope)) {
                return new Trial(a, Double.POSITIVE_INFINITY, Double.NaN, point, vg.gradient());
            }
            return new Trial(a, vg.value(), slope, point, vg.gradient());
        }

        boolean sufficientDecrease(Trial t) {
            return t.phi <= value + c1 * t.a * slope0;
        }

        Result accept(Trial t) {
            return new Result(t.a, t.x, t.phi, t.gradient, evaluations, Status.WOLFE_CONDITIONS_MET);
        }

        Result fail(Status status) {
            return new Result(0, x, value, gradient, evaluations, status);
        }
    }
}
