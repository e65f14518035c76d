package dev.polya.probability.distributions;

import dev.polya.core.InvalidArgumentException;
import dev.polya.probability.random.Ziggurat;
import java.util.random.RandomGenerator;

/**
 * The log-normal distribution: X = e^Y with Y ~ N(μ, σ²); f(x) = exp(−(ln x − μ)²/(2σ²)) / (xσ√(2π)) for x &gt; 0.
 *
 * <p>F(x) = Φ((ln x − μ)/σ) through {@link Normal} (erfc in both tails), F⁻¹(p) = exp(μ + σΦ⁻¹(p)). Mean
 * e^{μ+σ²/2}, variance (e^{σ²} − 1)e^{2μ+σ²} (with expm1), entropy μ + ½ ln(2πeσ²). Sampling: exp(μ + σZ).
 *
 * <p>Failure modes: μ non-finite, σ ≤ 0 or non-finite throw {@link InvalidArgumentException}; p ∉ [0, 1] in
 * quantile throws.
 *
 * <p>Book: part 4, chapter 19. Reference: SciPy {@code scipy.stats.lognorm} (s = σ, scale = e^μ).
 *
 * @param mu mean μ of ln X
 * @param sigma standard deviation σ &gt; 0 of ln X
 */
public record LogNormal(double mu, double sigma) implements ContinuousDistribution {

    /**
     * @throws InvalidArgumentException if μ is not finite or σ is not finite and &gt; 0
     */
    public LogNormal {
        Checks.finite("LogNormal", "mu", mu);
        Checks.positive("LogNormal", "sigma", sigma);
    }

    private Normal log() {
        return new Normal(mu, sigma);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? 0.0 : log().pdf(Math.log(x)) / x;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? Double.NEGATIVE_INFINITY : log().logPdf(Math.log(x)) - Math.log(x);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? 0.0 : log().cdf(Math.log(x));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0.0 ? 1.0 : log().survival(Math.log(x));
    }

    @Override
    public double quantile(double p) {
        Checks.probability("LogNormal", p);
        return Math.exp(log().quantile(p));
    }

    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2.0 * mu + s2);
    }

    @Override
    public double entropy() {
        return mu + log().entropy();
    }

    @Override
    public double sample(RandomGenerator random) {
        return Math.exp(mu + sigma * Ziggurat.standardNormal(random));
    }
}
