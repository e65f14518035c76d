package dev.polya.probability.distributions;

import dev.polya.core.InvalidArgumentException;
import dev.polya.probability.random.Ziggurat;
import dev.polya.probability.special.IncompleteGamma;
import java.util.random.RandomGenerator;

/**
 * The gamma distribution with shape k and scale θ: f(x) = x^{k−1} e^{−x/θ} / (Γ(k) θ^k) for x ≥ 0.
 *
 * <p>F(x) = P(k, x/θ) and 1 − F(x) = Q(k, x/θ), the regularized incomplete gamma functions; F⁻¹ through their
 * inverses (Q⁻¹ above the median). Mean kθ, variance kθ², entropy k + ln θ + ln Γ(k) + (1 − k)ψ(k). Sampling by
 * Marsaglia–Tsang squeeze-rejection, with the boost U^{1/k} for k &lt; 1.
 *
 * <p>Failure modes: k ≤ 0 or θ ≤ 0 (or non-finite) throw {@link InvalidArgumentException}; p ∉ [0, 1] in
 * quantile throws.
 *
 * <p>Book: part 4, chapter 19. References: SciPy {@code scipy.stats.gamma}; G. Marsaglia and W. W. Tsang, "A
 * simple method for generating gamma variables", ACM TOMS 26 (2000) 363–372.
 *
 * @param shape the shape k &gt; 0
 * @param scale the scale θ &gt; 0
 */
public record Gamma(double shape, double scale) implements ContinuousDistribution {

    /**
     * @throws InvalidArgumentException if k or θ is not finite and &gt; 0
     */
    public Gamma {
        Checks.positive("Gamma", "shape", shape);
        Checks.positive("Gamma", "scale", scale);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0.0) {
            return 0.0;
        }
        if (x == 0.0) {
            return shape < 1.0 ? Double.POSITIVE_INFINITY : shape == 1.0 ? 1.0 / scale : 0.0;
        }
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0.0) {
            return Math.log(pdf(x));
        }
        double z = x / scale;
        return (shape - 1.0) * Math.log(z) - z - dev.polya.probability.special.Gamma.logGamma(shape)
                - Math.log(scale);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? 0.0 : IncompleteGamma.regularizedP(shape, Math.min(x / scale, Double.MAX_VALUE));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? 1.0 : IncompleteGamma.regularizedQ(shape, Math.min(x / scale, Double.MAX_VALUE));
    }

    @Override
    public double quantile(double p) {
        Checks.probability("Gamma", p);
        double z = p <= 0.5 ? IncompleteGamma.inverseRegularizedP(shape, p)
                : IncompleteGamma.inverseRegularizedQ(shape, 1.0 - p);
        return z * scale;
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
    }

    @Override
    public double entropy() {
        return shape + Math.log(scale) + dev.polya.probability.special.Gamma.logGamma(shape)
                + (1.0 - shape) * dev.polya.probability.special.Gamma.digamma(shape);
    }

    @Override
    public double sample(RandomGenerator random) {
        return scale * standardSample(shape, random);
    }

    /**
     * One draw from Gamma(k, 1) by Marsaglia–Tsang.
     *
     * @param k shape &gt; 0
     * @param random the stream
     * @return the draw
     */
    static double standardSample(double k, RandomGenerator random) {
        if (k < 1.0) {
            double u;
            do {
                u = random.nextDouble();
            } while (u == 0.0);
            return standardSample(k + 1.0, random) * Math.pow(u, 1.0 / k);
        }
        double d = k - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double z;
            double v;
            do {
                z = Ziggurat.standardNormal(random);
                v = 1.0 + c * z;
            } while (v <= 0.0);
            v = v * v * v;
            double u = random.nextDouble();
            double z2 = z * z;
            if (u < 1.0 - 0.0331 * z2 * z2) {
                return d * v;
            }
            if (u > 0.0 && Math.log(u) < 0.5 * z2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
