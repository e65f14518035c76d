package dev.polya.calculus.integration;

import dev.polya.core.ConvergenceException;
import dev.polya.core.InvalidArgumentException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What an integrator computed and how far to trust it: the value, an estimate of its absolute error, the
 * number of integrand evaluations, the number of subintervals of the final partition, the tolerance that was
 * requested, a {@link Status} and a message that says the same in words. Immutable.
 *
 * <p>Nothing is hidden: when the requested tolerance could not be met (the subdivision budget ran out,
 * rounding stopped the progress, the integral looks divergent), the result still carries the best value
 * reached and its error estimate, and {@link #status()} says why. {@link #requireConverged()} turns every
 * status but {@link Status#CONVERGED} into a {@link ConvergenceException} for code that wants nothing less.
 *
 * <pre>{@code
 * IntegrationResult r = Quad.integrate(x -> 1 / Math.sqrt(x), 0, 1);
 * r.value();          // 1.9999999999999984  (exactly 2)
 * r.errorEstimate();  // 5.773159728050814e-15
 * r.evaluations();    // 231
 * r.requireConverged().value();
 * }</pre>
 *
 * <p>The message is composed only when asked for, so that a cheap integral does not pay for formatting it.
 */
public final class IntegrationResult {

    /** Why an integrator stopped. Every status but {@link #CONVERGED} means the tolerance was not met. */
    public enum Status {
        /** The error estimate is within the requested tolerance. */
        CONVERGED,
        /** A single application of a fixed rule: no tolerance was requested, so none was checked. */
        UNCHECKED,
        /** The adaptive integrator used all the subintervals it was allowed (QUADPACK ier = 1). */
        MAX_SUBDIVISIONS,
        /** Romberg's table, or Clenshaw–Curtis's 257-point rule, reached its last level without meeting the tolerance. */
        MAX_LEVELS,
        /**
         * {@link ClenshawCurtis} declined: the integrand's Chebyshev coefficients decay too slowly for its largest
         * rule (a kink, a jump, a singularity, a pole near the range), or it is not finite at a sample point.
         * {@link Integrator} then uses {@link Quad}.
         */
        NOT_SMOOTH,
        /**
         * Rounding stops the progress: subdividing no longer lowers the error, or the extrapolation table is
         * dominated by rounding (QUADPACK ier = 2 and 4). The tolerance is presumably too small for doubles.
         */
        ROUNDOFF,
        /**
         * The integrand is too bad near some point to subdivide further: the interval with the largest error
         * is as short as doubles allow (QUADPACK ier = 3), typically a non-integrable singularity there.
         */
        BAD_INTEGRAND,
        /** The integral is probably divergent, or converges too slowly to be estimated (QUADPACK ier = 5). */
        DIVERGENT
    }

    private final double value;
    private final double errorEstimate;
    private final int evaluations;
    private final int intervals;
    private final Status status;
    private final double tolerance;
    private final Supplier<String> describe;
    private volatile String message;

    /**
     * @param value         the approximation of ∫ₐᵇ f
     * @param errorEstimate an estimate of |∫ₐᵇ f − value|, ≥ 0 (NaN when there is none)
     * @param evaluations   integrand calls, ≥ 0
     * @param intervals     subintervals in the final partition, ≥ 0
     * @param status        why the integrator stopped
     * @param tolerance     the absolute tolerance that was requested, max(absolute, relative·|value|), or NaN
     * @param message       the status in words, with the numbers involved
     * @throws InvalidArgumentException when a count or the error estimate is negative, or status or message is
     *                                  null
     */
    public IntegrationResult(double value, double errorEstimate, int evaluations, int intervals, Status status,
            double tolerance, String message) {
        this(value, errorEstimate, evaluations, intervals, status, tolerance, null, message);
        if (message == null) {
            throw new InvalidArgumentException("IntegrationResult: message must not be null");
        }
    }

    /** A result whose message is composed on first use. */
    IntegrationResult(double value, double errorEstimate, int evaluations, int intervals, Status status,
            double tolerance, Supplier<String> describe) {
        this(value, errorEstimate, evaluations, intervals, status, tolerance, describe, null);
    }

    private IntegrationResult(double value, double errorEstimate, int evaluations, int intervals, Status status,
            double tolerance, Supplier<String> describe, String message) {
        if (status == null) {
            throw new InvalidArgumentException("IntegrationResult: status must not be null");
        }
        if (evaluations < 0 || intervals < 0) {
            throw new InvalidArgumentException("IntegrationResult: evaluations = " + evaluations + " and intervals = "
                    + intervals + " must be ≥ 0");
        }
        if (errorEstimate < 0) {
            throw new InvalidArgumentException("IntegrationResult: errorEstimate must be ≥ 0, was " + errorEstimate);
        }
        this.value = value;
        this.errorEstimate = errorEstimate;
        this.evaluations = evaluations;
        this.intervals = intervals;
        this.status = status;
        this.tolerance = tolerance;
        this.describe = describe;
        this.message = message;
    }

    /**
     * @return the approximation of ∫ₐᵇ f (the best reached, whatever the status)
     */
    public double value() {
        return value;
    }

    /**
     * @return an estimate of |∫ₐᵇ f − value|; QUADPACK's estimates are deliberately pessimistic
     */
    public double errorEstimate() {
        return errorEstimate;
    }

    /**
     * @return how many times the integrand was called
     */
    public int evaluations() {
        return evaluations;
    }

    /**
     * @return the subintervals of the final partition: 1 for a single rule, 2ᵏ for Romberg's level k, the
     *         number of intervals of the adaptive partition for {@link Quad}
     */
    public int intervals() {
        return intervals;
    }

    /**
     * @return why the integrator stopped
     */
    public Status status() {
        return status;
    }

    /**
     * @return the absolute tolerance requested, max(absoluteTolerance, relativeTolerance·|value|), or NaN when
     *         none was (a single fixed rule)
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * @return the status in words, with the numbers involved
     */
    public String message() {
        String m = message;
        if (m == null) {
            m = describe.get();
            message = m;
        }
        return m;
    }

    /**
     * @return whether the requested tolerance was met ({@link Status#CONVERGED})
     */
    public boolean isConverged() {
        return status == Status.CONVERGED;
    }

    /**
     * Returns this result if it converged, and throws otherwise.
     *
     * @return this result, whose status is {@link Status#CONVERGED}
     * @throws ConvergenceException for any other status, with the value reached and its error estimate in the
     *                              message; {@link ConvergenceException#iterations()} is the number of
     *                              subintervals and {@link ConvergenceException#lastChange()} the error estimate
     */
    public IntegrationResult requireConverged() {
        if (status != Status.CONVERGED) {
            throw new ConvergenceException(String.format(Locale.ROOT,
                    "integration did not converge (%s): %s; value reached %s ± %.3g after %d evaluations on %d "
                            + "subintervals", status, message(), value, errorEstimate, evaluations, intervals),
                    intervals, errorEstimate);
        }
        return this;
    }

    /**
     * This result with the evaluations of an earlier attempt added, and the attempt named in the message.
     *
     * @param earlier the attempt that did not converge
     */
    IntegrationResult after(IntegrationResult earlier) {
        return new IntegrationResult(value, errorEstimate, evaluations + earlier.evaluations, intervals, status,
                tolerance, () -> message() + "; first, " + earlier.message(), null);
    }

    /** The same result for the reversed range: −value, everything else equal. */
    IntegrationResult negated() {
        return new IntegrationResult(-value, errorEstimate, evaluations, intervals, status, tolerance, describe,
                message);
    }

    /**
     * @return {@code value ± errorEstimate (evaluations, intervals, STATUS)}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s ± %.3g (%d evaluations, %d subintervals, %s)", value, errorEstimate,
                evaluations, intervals, status);
    }
}
