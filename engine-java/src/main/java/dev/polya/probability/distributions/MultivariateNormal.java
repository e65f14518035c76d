package dev.polya.probability.distributions;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.linalg.decomposition.Cholesky;
import dev.polya.probability.random.Ziggurat;
import java.util.random.RandomGenerator;

/**
 * The multivariate normal distribution N(μ, Σ) in k dimensions, with Σ symmetric positive definite.
 *
 * <p>The log density is −½(k ln 2π + ln det Σ + (x − μ)ᵀΣ⁻¹(x − μ)), computed with the Cholesky factor Σ = L·Lᵀ
 * (its {@code solve} and {@code logDet}); a draw is μ + L·z with z a vector of independent standard normals from
 * {@link Ziggurat#standardNormal} (the ziggurat on polya's {@code Rng}, the generator's own {@code nextGaussian()}
 * otherwise).
 *
 * <p>Failure modes: a mean/covariance shape mismatch, a non-finite entry, an asymmetric or not positive definite
 * covariance, a point of the wrong dimension, n &lt; 0 or a marginal index out of range throw
 * {@link InvalidArgumentException}. Reference: {@code scipy.stats.multivariate_normal}.
 */
public final class MultivariateNormal {

    private static final double LOG_2PI = Math.log(2.0 * Math.PI);

    private final Vector mean;
    private final Matrix cov;
    private final Cholesky cholesky;
    private final Matrix l;

    /**
     * @param mean the mean vector μ of length k ≥ 1
     * @param cov  the k×k symmetric positive definite covariance Σ
     */
    public MultivariateNormal(Vector mean, Matrix cov) {
        if (mean == null || cov == null) {
            throw new InvalidArgumentException("MultivariateNormal: mean and covariance must not be null");
        }
        int k = mean.size();
        if (k < 1) {
            throw new InvalidArgumentException("MultivariateNormal: the dimension must be >= 1, was " + k);
        }
        if (cov.rows() != k || cov.cols() != k) {
            throw new InvalidArgumentException("MultivariateNormal: the covariance must be " + k + "x" + k + ", was "
                    + cov.rows() + "x" + cov.cols());
        }
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(mean.get(i))) {
                throw new InvalidArgumentException("MultivariateNormal: mean[" + i + "] must be finite, was "
                        + mean.get(i));
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(cov.get(i, j))) {
                    throw new InvalidArgumentException("MultivariateNormal: cov[" + i + "][" + j
                            + "] must be finite, was " + cov.get(i, j));
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double a = cov.get(i, j);
                double b = cov.get(j, i);
                if (Math.abs(a - b) > 1e-12 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new InvalidArgumentException("MultivariateNormal: the covariance is not symmetric at ("
                            + i + ", " + j + "): " + a + " vs " + b);
                }
            }
        }
        Cholesky c = Cholesky.tryOf(cov);
        if (c == null) {
            throw new InvalidArgumentException("MultivariateNormal: the covariance is not positive definite");
        }
        this.mean = mean;
        this.cov = cov;
        this.cholesky = c;
        this.l = c.l();
    }

    /** @return the dimension k */
    public int dimension() {
        return mean.size();
    }

    /** @return the mean vector μ */
    public Vector mean() {
        return mean;
    }

    /** @return the covariance matrix Σ */
    public Matrix covariance() {
        return cov;
    }

    /** @return the density at x */
    public double pdf(Vector x) {
        return Math.exp(logPdf(x));
    }

    /** @return the log density at x */
    public double logPdf(Vector x) {
        checkPoint(x);
        Vector d = x.minus(mean);
        double q = d.dot(cholesky.solve(d));
        return -0.5 * (dimension() * LOG_2PI + cholesky.logDet() + q);
    }

    /** @return one draw μ + L·z */
    public Vector sample(RandomGenerator random) {
        int k = dimension();
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            z[i] = Ziggurat.standardNormal(random);
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            double s = mean.get(i);
            for (int j = 0; j <= i; j++) {
                s += l.get(i, j) * z[j];
            }
            out[i] = s;
        }
        return Vector.of(out);
    }

    /**
     * @param random the stream to draw from
     * @param n      number of draws, ≥ 0
     * @return an n×k matrix whose rows are independent draws
     */
    public Matrix sample(RandomGenerator random, int n) {
        Checks.size(n);
        int k = dimension();
        double[] values = new double[n * k];
        for (int r = 0; r < n; r++) {
            Vector v = sample(random);
            for (int j = 0; j < k; j++) {
                values[r * k + j] = v.get(j);
            }
        }
        return Matrix.of(n, k, values);
    }

    /** @return the marginal distribution of coordinate i, N(μᵢ, Σᵢᵢ) */
    public Normal marginal(int i) {
        if (i < 0 || i >= dimension()) {
            throw new InvalidArgumentException("MultivariateNormal.marginal: index must be in [0, " + dimension()
                    + "), was " + i);
        }
        return new Normal(mean.get(i), Math.sqrt(cov.get(i, i)));
    }

    private void checkPoint(Vector x) {
        if (x == null || x.size() != dimension()) {
            throw new InvalidArgumentException("MultivariateNormal: the point must have dimension " + dimension()
                    + ", was " + (x == null ? "null" : x.size()));
        }
    }

    @Override
    public String toString() {
        return "MultivariateNormal(mean=" + mean + ", cov=" + cov + ")";
    }
}
