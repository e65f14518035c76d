package dev.polya.calculus.integration;

/**
 * A test, after an adaptive integration has failed, for an integral that diverges at an endpoint like
 * ∫₀ dx/x: QUADPACK stops such a run with "maximum subdivisions" (as scipy.integrate.quad does for 1/x),
 * which hides the real cause.
 *
 * <p>Bisection towards a singular endpoint a leaves a dyadic chain of subintervals [a + h, a + 2h],
 * [a + 2h, a + 4h], …. For |f| ≈ c·|x − a|^(−α) the contribution of each is c′·(2ᵏh)^(1−α), so the ratio of an
 * interval's integral to that of its outer neighbour is 2^(α−1): below 1 when the integral converges
 * (α &lt; 1), exactly 1 for 1/x (every halving of the distance adds the same amount, ln 2), above 1 beyond.
 * The test reports divergence when at least {@value #LEVELS} consecutive links of the chain, all of one sign,
 * have ratios ≥ 1 − {@value #SLACK}: a convergent singularity would need α &gt; 1 − 1.4·10⁻⁹ to pass, and
 * is then beyond what doubles can integrate anyway.
 *
 * <p>Cost: O(m·L) for m subintervals and a chain of L links, once, after a failed run; nothing is allocated.
 *
 * <p>Reference: R. Piessens et al., <i>QUADPACK</i>, Springer 1983, §2.2 (dqags's own divergence test,
 * ier = 5, which looks at the extrapolated result only); Danka, <i>Mathematics of Machine Learning</i>,
 * chapter 14 (improper integrals).
 */
final class EndpointDivergence {

    /** Consecutive dyadic links that must not shrink. */
    static final int LEVELS = 8;

    /** How far below 1 a ratio may be and still count as "not shrinking". */
    static final double SLACK = 1e-9;

    private EndpointDivergence() {
    }

    /**
     * @param p the final partition of [a, b]
     * @param a the lower end of the integration variable's range
     * @param b the upper end
     * @return the endpoint where the integral seems to diverge, or NaN if it does not look divergent
     */
    static double endpoint(Partition p, double a, double b) {
        if (p.size() < LEVELS + 2) {
            return Double.NaN;
        }
        if (chainKeepsItsSize(p, a, 1)) {
            return a;
        }
        if (chainKeepsItsSize(p, b, -1)) {
            return b;
        }
        return Double.NaN;
    }

    /**
     * Walks the chain of neighbouring subintervals away from {@code end} (direction +1 from a lower end, −1 from
     * an upper one) while it is dyadic, counting the links whose contribution does not shrink towards the end.
     * Neighbours share their boundary exactly (bisection gives both halves the same midpoint), so they are
     * found by equality; nothing is allocated.
     */
    private static boolean chainKeepsItsSize(Partition p, double end, int direction) {
        int touching = next(p, end, direction);
        if (touching < 0) {
            return false;
        }
        // the touching interval holds the singularity, and its rule value means nothing: start beyond it
        int inner = next(p, far(p, touching, direction), direction);
        int links = 0;
        while (inner >= 0) {
            int outer = next(p, far(p, inner, direction), direction);
            if (outer < 0) {
                return false;
            }
            double innerDistance = Math.abs(near(p, inner, direction) - end);
            double outerDistance = Math.abs(near(p, outer, direction) - end);
            double innerWidth = p.hi(inner) - p.lo(inner);
            double outerWidth = p.hi(outer) - p.lo(outer);
            boolean dyadic = innerDistance > 0 && Math.abs(outerDistance - 2 * innerDistance) <= 1e-9 * outerDistance
                    && Math.abs(outerWidth - 2 * innerWidth) <= 1e-9 * outerWidth;
            double vi = p.value(inner);
            double vo = p.value(outer);
            if (!dyadic || vi == 0 || Math.signum(vi) != Math.signum(vo) || vi / vo < 1 - SLACK) {
                return false;
            }
            if (++links >= LEVELS) {
                return true;
            }
            inner = outer;
        }
        return false;
    }

    /** The subinterval that starts at x (direction +1) or ends at x (direction −1), or −1. */
    private static int next(Partition p, double x, int direction) {
        for (int i = 0; i < p.size(); i++) {
            if ((direction > 0 ? p.lo(i) : p.hi(i)) == x) {
                return i;
            }
        }
        return -1;
    }

    /** The end of subinterval i nearer the endpoint being examined. */
    private static double near(Partition p, int i, int direction) {
        return direction > 0 ? p.lo(i) : p.hi(i);
    }

    /** The end of subinterval i farther from the endpoint being examined. */
    private static double far(Partition p, int i, int direction) {
        return direction > 0 ? p.hi(i) : p.lo(i);
    }
}
