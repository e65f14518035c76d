package dev.polya.probability.distributions;

import dev.polya.core.InvalidArgumentException;
import dev.polya.probability.random.Ziggurat;
import dev.polya.probability.special.Gamma;
import dev.polya.probability.special.IncompleteBeta;
import java.util.random.RandomGenerator;

/**
 * Student's t distribution with ν degrees of freedom:
 * f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^{−(ν+1)/2} on the whole real line.
 *
 * <p>The tail P(T &lt; −|t|) = ½ I_{ν/(ν+t²)}(ν/2, ½); near the centre (t² &lt; ν) the central mass
 * I_{t²/(ν+t²)}(½, ν/2) is used instead, avoiding cancellation. The quantile inverts the same two forms through
 * {@link IncompleteBeta#inverse}. Mean 0 (ν &gt; 1, else NaN), variance ν/(ν − 2) (ν &gt; 2; +∞ for 1 &lt; ν ≤ 2;
 * else NaN), entropy (ν+1)/2 [ψ((ν+1)/2) − ψ(ν/2)] + ln(√ν B(ν/2, ½)). Sampling: Z/√(V/ν), V ~ χ²(ν).
 *
 * <p>Failure modes: ν ≤ 0 or non-finite throws {@link InvalidArgumentException}; p ∉ [0, 1] in quantile throws.
 *
 * <p>Book: part 4, chapter 19 (t tests). Reference: SciPy {@code scipy.stats.t}; Abramowitz and Stegun 26.7.
 *
 * @param nu degrees of freedom ν &gt; 0
 */
public record StudentT(double nu) implements ContinuousDistribution {

    /**
     * @throws InvalidArgumentException if ν is not finite and &gt; 0
     */
    public StudentT {
        Checks.positive("StudentT", "nu", nu);
    }

    @Override
    public double pdf(double x) {
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        return Gamma.logGamma(0.5 * (nu + 1.0)) - Gamma.logGamma(0.5 * nu) - 0.5 * Math.log(nu * Math.PI)
                - 0.5 * (nu + 1.0) * Math.log1p(x * x / nu);
    }

    /** P(T &lt; −|t|). */
    private double lowerTail(double t) {
        double t2 = t * t;
        if (t2 == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (t2 < nu) {
            return 0.5 * IncompleteBeta.complement(0.5, 0.5 * nu, t2 / (nu + t2));
        }
        return 0.5 * IncompleteBeta.regularized(0.5 * nu, 0.5, nu / (nu + t2));
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double tail = lowerTail(x);
        return x < 0.0 ? tail : 1.0 - tail;
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double tail = lowerTail(x);
        return x > 0.0 ? tail : 1.0 - tail;
    }

    @Override
    public double quantile(double p) {
        Checks.probability("StudentT", p);
        if (Double.isNaN(p)) {
            return Double.NaN;
        }
        if (p > 0.5) {
            return -lowerQuantile(1.0 - p);
        }
        return lowerQuantile(p);
    }

    /** The t ≤ 0 with P(T &lt; t) = p, p ≤ ½. */
    private double lowerQuantile(double p) {
        if (p == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0.5) {
            return 0.0;
        }
        if (p < 0.25) {
            double x = IncompleteBeta.inverse(0.5 * nu, 0.5, 2.0 * p); // x = ν/(ν + t²)
            return -Math.sqrt(nu * ((1.0 - x) / x));
        }
        double y = IncompleteBeta.inverse(0.5, 0.5 * nu, 1.0 - 2.0 * p); // y = t²/(ν + t²), 1 − 2p exact
        return -Math.sqrt(nu * (y / (1.0 - y)));
    }

    @Override
    public double mean() {
        return nu > 1.0 ? 0.0 : Double.NaN;
    }

    @Override
    public double variance() {
        if (nu > 2.0) {
            return nu / (nu - 2.0);
        }
        return nu > 1.0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    @Override
    public double entropy() {
        double h = 0.5 * (nu + 1.0);
        return h * (Gamma.digamma(h) - Gamma.digamma(0.5 * nu)) + 0.5 * Math.log(nu)
                + dev.polya.probability.special.Beta.logBeta(0.5 * nu, 0.5);
    }

    @Override
    public double sample(RandomGenerator random) {
        double z = Ziggurat.standardNormal(random);
        double v = 2.0 * dev.polya.probability.distributions.Gamma.standardSample(0.5 * nu, random);
        return z / Math.sqrt(v / nu);
    }
}
