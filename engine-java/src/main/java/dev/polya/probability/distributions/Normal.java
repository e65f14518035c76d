package dev.polya.probability.distributions;

import dev.polya.core.InvalidArgumentException;
import dev.polya.probability.random.Ziggurat;
import dev.polya.probability.special.Erf;
import dev.polya.probability.special.NormalQuantile;
import java.util.random.RandomGenerator;

/**
 * The normal (Gaussian) distribution N(μ, σ²): f(x) = exp(−(x − μ)²/(2σ²)) / (σ√(2π)) on the whole real line.
 *
 * <p>F(x) = ½ erfc(−z/√2) and 1 − F(x) = ½ erfc(z/√2) with z = (x − μ)/σ, so both tails keep relative accuracy;
 * F⁻¹(p) = μ + σΦ⁻¹(p) by Wichura's AS 241 ({@link NormalQuantile}, no
 * iteration). Mean μ, variance σ², entropy ½ ln(2πeσ²). Sampling: μ + σ·Z with Z from
 * {@link Ziggurat#standardNormal}: McFarland's modified ziggurat on polya's {@code Rng} (one 64-bit draw, a table load and a
 * multiply 253 times in 256), the generator's own {@code nextGaussian()} otherwise (NumPy's stream on
 * {@code NumpyRandom}).
 *
 * <p>Failure modes: σ ≤ 0 or non-finite, μ non-finite throw {@link InvalidArgumentException}; p ∉ [0, 1] in
 * quantile throws.
 *
 * <p>Book: part 4, chapter 19. Reference: SciPy {@code scipy.stats.norm}; Abramowitz and Stegun 26.2.
 *
 * @param mu the mean μ
 * @param sigma the standard deviation σ &gt; 0
 */
public record Normal(double mu, double sigma) implements ContinuousDistribution {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    /**
     * @throws InvalidArgumentException if μ is not finite or σ is not finite and &gt; 0
     */
    public Normal {
        Checks.finite("Normal", "mean", mu);
        Checks.positive("Normal", "sd", sigma);
    }

    /** The standard normal N(0, 1). */
    public static Normal standard() {
        return new Normal(0.0, 1.0);
    }

    @Override
    public double pdf(double x) {
        double z = (x - mu) / sigma;
        return INV_SQRT_2PI / sigma * Math.exp(-0.5 * z * z);
    }

    @Override
    public double logPdf(double x) {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - LOG_SQRT_2PI - Math.log(sigma);
    }

    @Override
    public double cdf(double x) {
        return 0.5 * Erf.erfc(-(x - mu) / (sigma * SQRT_2));
    }

    @Override
    public double survival(double x) {
        return 0.5 * Erf.erfc((x - mu) / (sigma * SQRT_2));
    }

    @Override
    public double quantile(double p) {
        Checks.probability("Normal", p);
        return mu + sigma * NormalQuantile.of(p);
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return sigma * sigma;
    }

    @Override
    public double sd() {
        return sigma;
    }

    @Override
    public double entropy() {
        return 0.5 + LOG_SQRT_2PI + Math.log(sigma);
    }

    @Override
    public double sample(RandomGenerator random) {
        return mu + sigma * Ziggurat.standardNormal(random);
    }
}
