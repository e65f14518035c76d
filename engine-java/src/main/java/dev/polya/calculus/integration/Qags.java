package dev.polya.calculus.integration;

import dev.polya.calculus.integration.IntegrationResult.Status;
import dev.polya.core.NonFiniteValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * QUADPACK's globally adaptive loop with extrapolation, {@code dqagse} (finite range, {@link GaussKronrod#K21}
 * or another rule) and {@code dqagie} (an infinite range mapped onto (0, 1], {@link GaussKronrod#K15}), ported statement by
 * statement; only the sorted error list ({@code dqpsrt}) is replaced by the heap of {@link Partition}, which
 * selects the same intervals. One instance per integration: it holds the work arrays, so the loop allocates
 * nothing per evaluation.
 *
 * <p>The loop: bisect the interval with the largest error estimate; once the interval to bisect is the
 * smallest so far (level ℓ), try first to lower the error on the larger intervals, then add the current sum to
 * Wynn's ε-table ({@link WynnEpsilon}) and keep the extrapolated value if its error estimate is smaller. The
 * sequence of sums over partitions refined towards a singular endpoint converges geometrically, which is
 * what the ε-algorithm accelerates. Round-off is detected by counting bisections that do not reduce the error
 * (iroff1–3); divergence by the sum and the extrapolated value drifting apart.
 */
final class Qags {

    private static final double EPMACH = Math.ulp(1.0);
    private static final double UFLOW = Double.MIN_NORMAL;
    private static final double OFLOW = Double.MAX_VALUE;

    private final DoubleUnaryOperator f;
    private final GaussKronrod rule;
    private final boolean transformed;
    private final double bound;
    private final double sign;
    private final boolean both;
    private final String who;
    private final double[] fv1;
    private final double[] fv2;
    private final double[] out = new double[4];
    private final int perRule;
    private int evaluations;
    /** The endpoint (of the integration variable) where the integral looks divergent, when found. */
    private double divergentAt = Double.NaN;

    private Qags(DoubleUnaryOperator f, GaussKronrod rule, boolean transformed, double bound, double sign,
            boolean both, String who) {
        this.f = f;
        this.rule = rule;
        this.transformed = transformed;
        this.bound = bound;
        this.sign = sign;
        this.both = both;
        this.who = who;
        this.fv1 = new double[rule.points() / 2];
        this.fv2 = new double[rule.points() / 2];
        this.perRule = both ? 2 * rule.points() : rule.points();
    }

    /** ∫ₐᵇ f for finite a &lt; b, as {@code dqags} (with {@link GaussKronrod#K21}) or any other rule. */
    static IntegrationResult finite(DoubleUnaryOperator f, double a, double b, GaussKronrod rule, double epsabs,
            double epsrel, int limit, String who) {
        return new Qags(f, rule, false, 0, 1, false, who).run(a, b, epsabs, epsrel, limit);
    }

    /**
     * ∫ f over [bound, ∞) (direction +1), (−∞, bound] (direction −1) or, with {@code both}, (−∞, ∞), as
     * {@code dqagi}: x = bound ± (1 − t)/t maps (0, 1] onto the range.
     */
    static IntegrationResult infinite(DoubleUnaryOperator f, double bound, int direction, boolean both,
            double epsabs, double epsrel, int limit, String who) {
        return new Qags(f, GaussKronrod.K15, true, both ? 0 : bound, direction, both, who)
                .run(0, 1, epsabs, epsrel, limit);
    }

    private void rule(double a, double b) {
        if (transformed) {
            rule.applyTransformed(f, bound, sign, both, a, b, fv1, fv2, out, who);
        } else {
            rule.apply(f, a, b, fv1, fv2, out, who);
        }
        evaluations += perRule;
    }

    private IntegrationResult run(double a, double b, double epsabs, double epsrel, int limit) {
        // first approximation to the integral
        rule(a, b);
        double result = out[0];
        double abserr = out[1];
        double defabs = out[2];
        double resabs = out[3];
        double dres = Math.abs(result);
        double errbnd = Math.max(epsabs, epsrel * dres);
        int ier = 0;
        if (abserr <= 100 * EPMACH * defabs && abserr > errbnd) {
            ier = 2;
        }
        boolean done = (abserr <= errbnd && abserr != resabs) || abserr == 0;
        if (limit == 1 && !done) {
            // QUADPACK sets ier = 1 here even when the one rule met the tolerance; polya reports CONVERGED then
            ier = 1;
        }
        if (ier != 0 || done) {
            return result(result, abserr, 1, ier, epsabs, epsrel, Double.NaN, Double.NaN);
        }

        Partition p = new Partition(Math.min(limit, 16));
        int maxerr = p.append(a, b, result, abserr);
        // Wynn's table, made at the first extrapolation: many integrals never need it
        WynnEpsilon table = null;
        double first = result;
        double second = 0;
        double errmax = abserr;
        double area = result;
        double errsum = abserr;
        abserr = OFLOW;
        int ktmin = 0;
        boolean extrap = false;
        boolean noext = false;
        int ierro = 0;
        int iroff1 = 0;
        int iroff2 = 0;
        int iroff3 = 0;
        int ksgn = dres >= (1 - 50 * EPMACH) * defabs ? 1 : -1;
        double small = 0;
        double erlarg = 0;
        double ertest = 0;
        double correc = 0;
        double badLo = Double.NaN;
        double badHi = Double.NaN;
        // the small intervals passed over while looking for a large one to bisect (QUADPACK's iord(1..nrmax-1))
        int[] skipped = new int[8];
        int skippedCount = 0;
        boolean sumUp = false;
        int last;
        for (last = 2; last <= limit; last++) {
            // bisect the subinterval with the nrmax-th largest error estimate
            double a1 = p.lo(maxerr);
            double b1 = 0.5 * (p.lo(maxerr) + p.hi(maxerr));
            double a2 = b1;
            double b2 = p.hi(maxerr);
            double erlast = errmax;
            rule(a1, b1);
            double area1 = out[0];
            double error1 = out[1];
            double defab1 = out[3];
            rule(a2, b2);
            double area2 = out[0];
            double error2 = out[1];
            double defab2 = out[3];
            // improve the previous approximations to the integral and error, and test for accuracy
            double area12 = area1 + area2;
            double erro12 = error1 + error2;
            errsum = errsum + erro12 - errmax;
            area = area + area12 - p.value(maxerr);
            if (defab1 != error1 && defab2 != error2) {
                if (Math.abs(p.value(maxerr) - area12) <= 1e-5 * Math.abs(area12) && erro12 >= 0.99 * errmax) {
                    if (extrap) {
                        iroff2++;
                    } else {
                        iroff1++;
                    }
                }
                if (last > 10 && erro12 > errmax) {
                    iroff3++;
                }
            }
            errbnd = Math.max(epsabs, epsrel * Math.abs(area));
            // test for round-off error
            if (iroff1 + iroff2 >= 10 || iroff3 >= 20) {
                ier = 2;
            }
            if (iroff2 >= 5) {
                ierro = 3;
            }
            if (last == limit) {
                ier = 1;
            }
            // bad integrand behaviour at a point of the range: the interval cannot be bisected any more
            if (Math.max(Math.abs(a1), Math.abs(b2)) <= (1 + 100 * EPMACH) * (Math.abs(a2) + 1000 * UFLOW)) {
                ier = 4;
                badLo = a1;
                badHi = b2;
            }
            // the half with the larger error keeps the parent's slot (and goes first among equal errors)
            int lastSlot;
            if (error2 > error1) {
                lastSlot = p.append(a1, b1, area1, error1);
                p.set(maxerr, a2, b2, area2, error2);
            } else {
                lastSlot = p.append(a2, b2, area2, error2);
                p.set(maxerr, a1, b1, area1, error1);
            }
            p.push(lastSlot);
            p.push(maxerr);
            if (extrap) {
                maxerr = -1;
            } else {
                maxerr = p.pop();
                errmax = p.error(maxerr);
            }
            if (errsum <= errbnd) {
                sumUp = true;
                break;
            }
            if (ier != 0) {
                break;
            }
            if (last == 2) {
                small = Math.abs(b - a) * 0.375;
                erlarg = errsum;
                ertest = errbnd;
                second = area;
                continue;
            }
            if (noext) {
                continue;
            }
            erlarg -= erlast;
            if (Math.abs(b1 - a1) > small) {
                erlarg += erro12;
            }
            if (!extrap) {
                // is the interval to bisect next the smallest interval?
                if (Math.abs(p.hi(maxerr) - p.lo(maxerr)) > small) {
                    continue;
                }
                extrap = true;
                if (skippedCount == skipped.length) {
                    skipped = Arrays.copyOf(skipped, 2 * skipped.length);
                }
                skipped[skippedCount++] = maxerr;
                maxerr = -1;
            }
            boolean extrapolate = true;
            if (ierro != 3 && erlarg > ertest) {
                // the smallest interval has the largest error: before bisecting it, lower the error over the
                // larger intervals (erlarg) — bisect the largest-error interval that is not small, if any ranks
                // within the intervals that can still be bisected
                int jupbnd = last > 2 + limit / 2 ? limit + 3 - last : last;
                for (int position = skippedCount + 1; position <= jupbnd; position++) {
                    if (maxerr < 0) {
                        maxerr = p.pop();
                    }
                    errmax = p.error(maxerr);
                    if (Math.abs(p.hi(maxerr) - p.lo(maxerr)) > small) {
                        extrapolate = false;
                        break;
                    }
                    if (skippedCount == skipped.length) {
                        skipped = Arrays.copyOf(skipped, 2 * skipped.length);
                    }
                    skipped[skippedCount++] = maxerr;
                    maxerr = -1;
                }
            }
            if (!extrapolate) {
                continue;
            }
            // perform extrapolation
            if (table == null) {
                table = new WynnEpsilon();
                table.first(first);
                table.second(second);
            }
            table.add(area);
            ktmin++;
            if (ktmin > 5 && abserr < 1e-3 * errsum) {
                ier = 5;
            }
            if (table.error() < abserr) {
                ktmin = 0;
                abserr = table.error();
                result = table.result();
                correc = erlarg;
                ertest = Math.max(epsabs, epsrel * Math.abs(result));
                if (abserr <= ertest) {
                    break;
                }
            }
            // prepare bisection of the smallest interval
            if (table.size() == 1) {
                noext = true;
            }
            if (ier == 5) {
                break;
            }
            if (maxerr >= 0) {
                p.push(maxerr);
            }
            while (skippedCount > 0) {
                p.push(skipped[--skippedCount]);
            }
            maxerr = p.pop();
            errmax = p.error(maxerr);
            extrap = false;
            small *= 0.5;
            erlarg = errsum;
        }
        if (last > limit) {
            last = limit;
        }

        // set the final result and error estimate
        if (!sumUp) {
            boolean divergenceTest = true;
            if (abserr == OFLOW) {
                sumUp = true;
            } else if (ier + ierro != 0) {
                if (ierro == 3) {
                    abserr += correc;
                }
                if (ier == 0) {
                    ier = 3;
                }
                if (result != 0 && area != 0) {
                    if (abserr / Math.abs(result) > errsum / Math.abs(area)) {
                        sumUp = true;
                    }
                } else if (abserr > errsum) {
                    sumUp = true;
                } else if (area == 0) {
                    divergenceTest = false;
                }
            }
            if (!sumUp && divergenceTest && !(ksgn == -1 && Math.max(Math.abs(result), Math.abs(area)) <= defabs * 0.01)) {
                // test on divergence
                if (0.01 > result / area || result / area > 100 || errsum > Math.abs(area)) {
                    ier = 6;
                }
            }
        }
        if (sumUp) {
            result = p.sum();
            abserr = errsum;
        }
        if (ier > 2) {
            ier--;
        }
        if (ier >= 1 && ier <= 4) {
            // QUADPACK stops ∫₀ dx/x with "maximum subdivisions": look at the partition for the real cause
            double end = EndpointDivergence.endpoint(p, a, b);
            if (!Double.isNaN(end)) {
                ier = 5;
                divergentAt = end;
            }
        }
        return result(result, abserr, last, ier, epsabs, epsrel, badLo, badHi);
    }

    private IntegrationResult result(double value, double error, int intervals, int ier, double epsabs,
            double epsrel, double badLo, double badHi) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(who + ": the integral overflows (" + value + "), although every "
                    + "integrand value was finite");
        }
        double tolerance = Math.max(epsabs, epsrel * Math.abs(value));
        Status status = switch (ier) {
            case 0 -> Status.CONVERGED;
            case 1 -> Status.MAX_SUBDIVISIONS;
            case 2, 4 -> Status.ROUNDOFF;
            case 3 -> Status.BAD_INTEGRAND;
            default -> Status.DIVERGENT;
        };
        int evals = evaluations;
        return new IntegrationResult(value, error, evals, intervals, status, tolerance,
                () -> describe(ier, error, tolerance, intervals, badLo, badHi));
    }

    private String describe(int ier, double error, double tolerance, int intervals, double badLo, double badHi) {
        String e = String.format(Locale.ROOT, "error estimate %.3g", error);
        String t = String.format(Locale.ROOT, "tolerance %.3g", tolerance);
        return switch (ier) {
            case 0 -> e + " ≤ " + t;
            case 1 -> "all " + intervals + " subintervals allowed are used (Quad.Options.maxSubdivisions) and the "
                    + e + " is above the " + t + ": allow more, or split the range at the difficult points";
            case 2 -> "round-off error prevents reaching the " + t + " (" + e
                    + "): that is about the best doubles allow for this integrand";
            case 3 -> String.format(Locale.ROOT, "the integrand is too irregular near [%s, %s] to subdivide further "
                    + "(a non-integrable singularity?); %s, %s", point(badLo), point(badHi), e, t);
            case 4 -> "round-off error in the extrapolation table prevents reaching the " + t + " (" + e
                    + "): the value returned is the best that can be obtained";
            default -> Double.isNaN(divergentAt)
                    ? "the integral is probably divergent, or converges too slowly (" + e + ", " + t + ")"
                    : "the integral seems divergent at " + point(divergentAt) + ": every halving of the distance to it "
                    + "adds as much again (like ∫ dx/x), so no subdivision can converge (" + e + ")";
        };
    }

    /** A point of the integration variable: x itself, or for a transformed range x(t). */
    private String point(double t) {
        if (!transformed) {
            return Double.toString(t);
        }
        return "x = " + (bound + sign * (1 - t) / t) + (both ? " or its negative" : "");
    }
}
