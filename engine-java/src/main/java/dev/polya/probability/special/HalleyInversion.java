package dev.polya.probability.special;

import dev.polya.core.ConvergenceException;

/**
 * Solves v(x) = target for a monotone tail function v (a regularized incomplete gamma or beta function, or its
 * complement) by Halley's method in u = ln x on g(u) = ln v(eᵘ) − ln target, kept inside a shrinking bracket.
 * The one root finder behind {@link IncompleteGamma}'s and {@link IncompleteBeta}'s inverses.
 *
 * <p>Why log–log: in the lower tail v behaves like a power of x (P(a, x) ≈ x^a/Γ(a + 1), Iₓ(a, b) ≈ x^a/(aB)),
 * so g is nearly linear in u and Newton's step is exact there; in the body g is smooth and the iteration converges
 * from the usual starting guesses. With v′ = ±d (d the density) and c = (ln d)′, the derivatives are
 * g′ = x v′/v and g″/g′ = 1 + x c − g′, and Halley's step is δu = −(g/g′)/(1 − ½(g/g′)(g″/g′)). Its convergence is
 * cubic, so a step below {@link #CUBIC_DONE} (relative to x, or to the distance 1 − x from a finite end such as
 * the beta's 1) leaves an error far below one ulp and ends the iteration without
 * another evaluation. A step that is not finite, would leave the bracket, or whose Halley correction is large
 * (far from the root) falls back to Newton's step or to bisection (geometric for a wide bracket). Steps are
 * capped at e^±20.
 *
 * <p>Cost: one evaluation of v and its density per step; from a start with relative error 1e−3, two steps.
 *
 * <p>Failure modes: no convergence within {@value #MAX_STEPS} steps throws {@link ConvergenceException} naming
 * the function, the target and the last iterate.
 *
 * <p>Book: part 4, chapter 19 (quantiles of the gamma, χ², beta, t and F distributions). Reference: E. Halley
 * (1694); A. R. DiDonato and A. H. Morris, ACM TOMS 12 (1986) 377–393 (Halley steps for the inverse incomplete
 * gamma ratio); Numerical Recipes, 3rd ed., §6.2.1 and §6.4.1.
 */
final class HalleyInversion {

    private HalleyInversion() {
    }

    /** The largest step in ln x. */
    private static final double MAX_LOG_STEP = 20.0;
    private static final int MAX_STEPS = 200;
    /** A Halley step this small (relative to x, or to the distance to a finite end) leaves an error of its cube. */
    private static final double CUBIC_DONE = 1e-8;
    /** Relative change in x that counts as converged for a Newton or bisection step. */
    private static final double RELATIVE_DONE = 1e-15;

    /** A point strictly inside (lo, hi): geometric mean for a wide bracket, arithmetic otherwise. */
    private static double bisect(double lo, double hi, double x) {
        if (hi == Double.POSITIVE_INFINITY) {
            return x > 0.0 ? 16.0 * x : 1.0;
        }
        if (lo == 0.0) {
            return hi / 16.0;
        }
        return hi > 4.0 * lo ? Math.sqrt(lo) * Math.sqrt(hi) : 0.5 * (lo + hi);
    }

    /** The size the error is measured against: x, or the distance to a finite upper end if that is smaller. */
    private static double scale(double x, double end) {
        return end < Double.POSITIVE_INFINITY ? Math.min(x, end - x) : x;
    }

    /** A tail function with its density: v(x), and in {@code out} the density |v′(x)| and (ln |v′|)′(x). */
    @FunctionalInterface
    interface TailFunction {
        /**
         * @param x   the point, strictly inside the bracket
         * @param out receives out[0] = |v′(x)| and out[1] = d ln|v′(x)|/dx
         * @return v(x)
         */
        double evaluate(double x, double[] out);
    }

    /**
     * The x in (lo, hi) with v(x) = target.
     *
     * @param name       the function, for the error message
     * @param v          the function and its density
     * @param target     the value sought, in (0, ½]
     * @param increasing whether v increases with x (a cdf) or decreases (a survival function)
     * @param x          the starting guess, inside (lo, hi)
     * @param lo         the lower end of the domain (0)
     * @param hi         the upper end of the domain (1 or +∞)
     * @return the root
     */
    static double solve(String name, TailFunction v, double target, boolean increasing, double x, double lo,
            double hi) {
        double logTarget = Math.log(target);
        double end = hi; // the domain's upper end: near a finite end, accuracy is relative to the distance to it
        double[] d = new double[2];
        double sign = increasing ? 1.0 : -1.0;
        double dx = Double.NaN;
        for (int step = 0; step < MAX_STEPS; step++) {
            double value = v.evaluate(x, d);
            if (value == target) {
                return x;
            }
            if (increasing == value > target) {
                hi = x;
            } else {
                lo = x;
            }
            double density = d[0];
            double next = Double.NaN;
            boolean cubic = false;
            if (value > 0.0 && density > 0.0 && density < Double.POSITIVE_INFINITY) {
                double r = (value - target) / target;
                double g = Math.abs(r) < 0.5 ? Math.log1p(r) : Math.log(value) - logTarget;
                double slope = sign * x * density / value;  // g′
                double newton = g / slope;                  // g/g′
                double curvature = 1.0 + x * d[1] - slope;  // g″/g′
                double denominator = 1.0 - 0.5 * newton * curvature;
                double du;
                if (denominator > 0.5 && denominator < 2.0) {
                    du = -newton / denominator;
                    cubic = true;
                } else {
                    du = -newton;
                }
                du = Math.max(-MAX_LOG_STEP, Math.min(MAX_LOG_STEP, du));
                next = x * Math.exp(du);
                if (Math.abs(next - x) <= (cubic ? CUBIC_DONE : RELATIVE_DONE) * scale(x, end)
                        || Math.abs(next - x) <= Math.ulp(x)) {
                    // converged; a step of an ulp or less may land on the bracket's end, which is x itself
                    return next > lo && next < hi ? next : x;
                }
                if (next == 0.0 && increasing) {
                    return 0.0; // the root is below the smallest double
                }
            }
            if (!(next > lo && next < hi)) {
                next = bisect(lo, hi, x);
            }
            dx = next - x;
            x = next;
            if (x == 0.0 || Math.abs(dx) <= RELATIVE_DONE * scale(x, end) || Math.abs(dx) <= Math.ulp(x)
                    || hi - lo <= 4e-16 * hi && hi < Double.POSITIVE_INFINITY) {
                return x;
            }
        }
        throw new ConvergenceException(name + ": no convergence after " + MAX_STEPS + " Halley steps for target "
                + target + " (x = " + x + ")", MAX_STEPS, dx);
    }
}
