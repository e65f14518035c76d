package dev.polya.probability.statistics;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import java.util.Arrays;

/**
 * Descriptive statistics of a sample: mean, median, mode, variance and standard deviation with a chosen ddof,
 * quantiles, covariance and Pearson correlation (the statistics material).
 *
 * <p>Conventions follow NumPy: {@code variance(x, 0)} is {@code np.var(x)}, {@code variance(x, 1)} is
 * {@code np.var(x, ddof=1)}; {@link #quantile} is {@code np.quantile} with its default linear interpolation;
 * {@link #covariance(Matrix)} is {@code np.cov(X, rowvar=False)} (rows are observations). Empty input is
 * refused with an {@link InvalidArgumentException} instead of returning NaN.
 */
public final class Descriptive {

    private Descriptive() {
    }

    /** @return the arithmetic mean Σxᵢ / n */
    public static double mean(double[] x) {
        requireNonEmpty("mean", x);
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** @see #mean(double[]) */
    public static double mean(Vector x) {
        return mean(x.toArray());
    }

    /** @return the median: the middle order statistic, or the mean of the two middle ones for even n */
    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /** @see #median(double[]) */
    public static double median(Vector x) {
        return median(x.toArray());
    }

    /** @return the most frequent value, the smallest among ties (as {@code scipy.stats.mode}) */
    public static double mode(double[] x) {
        requireNonEmpty("mode", x);
        double[] s = x.clone();
        Arrays.sort(s);
        double best = s[0];
        int bestCount = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            // == merges −0.0 with 0.0 (as np.unique); compare groups the NaNs sorted last
            while (j < s.length && (s[j] == s[i] || Double.compare(s[j], s[i]) == 0)) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = s[i];
            }
            i = j;
        }
        return best;
    }

    /** @see #mode(double[]) */
    public static double mode(Vector x) {
        return mode(x.toArray());
    }

    /**
     * @param x    a sample of n values
     * @param ddof delta degrees of freedom, 0 ≤ ddof &lt; n: 0 for the population variance, 1 for the sample variance
     * @return Σ(xᵢ − x̄)² / (n − ddof)
     */
    public static double variance(double[] x, int ddof) {
        requireNonEmpty("variance", x);
        requireDdof("variance", ddof, x.length);
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            double r = v - m;
            s += r * r;
        }
        return s / (x.length - ddof);
    }

    /** @see #variance(double[], int) */
    public static double variance(Vector x, int ddof) {
        return variance(x.toArray(), ddof);
    }

    /** @return the standard deviation √variance(x, ddof) */
    public static double sd(double[] x, int ddof) {
        requireNonEmpty("standard deviation", x);
        requireDdof("standard deviation", ddof, x.length);
        return Math.sqrt(variance(x, ddof));
    }

    /** @see #sd(double[], int) */
    public static double sd(Vector x, int ddof) {
        return sd(x.toArray(), ddof);
    }

    /**
     * The q-quantile with NumPy's default (linear) method: with the sorted sample x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎ and
     * h = (n − 1)q, the value x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
     *
     * @param x a non-empty sample
     * @param q the probability, in [0, 1]
     * @return the quantile
     */
    public static double quantile(double[] x, double q) {
        requireNonEmpty("quantile", x);
        if (!(q >= 0 && q <= 1)) {
            throw new InvalidArgumentException("quantile: q must be in [0, 1], was " + q);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return s[n - 1];
        }
        double t = h - lo;
        double a = s[lo];
        double b = s[lo + 1];
        double diff = b - a;
        // NumPy's _lerp: interpolate from the nearer end, so that t = 1 gives b exactly
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** @see #quantile(double[], double) */
    public static double quantile(Vector x, double q) {
        return quantile(x.toArray(), q);
    }

    /**
     * The sample covariance matrix (ddof = 1) of the columns of X.
     *
     * @param x an n×d data matrix, rows are observations, n ≥ 2
     * @return the d×d matrix Σᵢ(xᵢ − x̄)(xᵢ − x̄)ᵀ / (n − 1)
     */
    public static Matrix covariance(Matrix x) {
        return covariance(x, 1);
    }

    /**
     * @param x    an n×d data matrix, rows are observations
     * @param ddof delta degrees of freedom, 0 ≤ ddof &lt; n
     * @return the d×d matrix Σᵢ(xᵢ − x̄)(xᵢ − x̄)ᵀ / (n − ddof)
     */
    public static Matrix covariance(Matrix x, int ddof) {
        if (x.rows() == 0 || x.cols() == 0) {
            throw new InvalidArgumentException("covariance: the data matrix is empty");
        }
        int n = x.rows();
        int d = x.cols();
        requireDdof("covariance", ddof, n);
        double[][] c = centered(x);
        double[][] cov = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += c[i][j] * c[i][k];
                }
                cov[j][k] = s / (n - ddof);
                cov[k][j] = cov[j][k];
            }
        }
        return Matrix.of(cov);
    }

    /**
     * The Pearson correlation r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)² Σ(yᵢ − ȳ)²).
     *
     * @param x a sample
     * @param y a sample of the same length; neither constant
     * @return r ∈ [−1, 1]
     */
    public static double correlation(double[] x, double[] y) {
        requireNonEmpty("correlation", x);
        if (x.length != y.length) {
            throw new InvalidArgumentException("correlation: x has " + x.length + " values but y has " + y.length);
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double a = x[i] - mx;
            double b = y[i] - my;
            sxy += a * b;
            sxx += a * a;
            syy += b * b;
        }
        if (sxx == 0 || syy == 0) {
            throw new InvalidArgumentException("correlation: " + (sxx == 0 ? "x" : "y")
                    + " is constant (standard deviation 0)");
        }
        return clamp(sxy / Math.sqrt(sxx * syy));
    }

    /** @see #correlation(double[], double[]) */
    public static double correlation(Vector x, Vector y) {
        return correlation(x.toArray(), y.toArray());
    }

    /**
     * The Pearson correlation matrix of the columns of X ({@code np.corrcoef(X, rowvar=False)}).
     *
     * @param x an n×d data matrix, rows are observations, no constant column
     * @return the d×d matrix with ones on the diagonal
     */
    public static Matrix correlation(Matrix x) {
        if (x.rows() == 0 || x.cols() == 0) {
            throw new InvalidArgumentException("correlation: the data matrix is empty");
        }
        int n = x.rows();
        int d = x.cols();
        double[][] c = centered(x);
        double[] ss = new double[d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                ss[j] += c[i][j] * c[i][j];
            }
            if (ss[j] == 0) {
                throw new InvalidArgumentException("correlation: column " + j + " is constant (standard deviation 0)");
            }
        }
        double[][] r = new double[d][d];
        for (int j = 0; j < d; j++) {
            r[j][j] = 1;
            for (int k = j + 1; k < d; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += c[i][j] * c[i][k];
                }
                r[j][k] = clamp(s / Math.sqrt(ss[j] * ss[k]));
                r[k][j] = r[j][k];
            }
        }
        return Matrix.of(r);
    }

    private static double[][] centered(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        double[][] c = x.toArray();
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += c[i][j];
            }
            m /= n;
            for (int i = 0; i < n; i++) {
                c[i][j] -= m;
            }
        }
        return c;
    }

    private static double clamp(double r) {
        return Math.max(-1.0, Math.min(1.0, r));
    }

    private static void requireNonEmpty(String what, double[] x) {
        if (x.length == 0) {
            throw new InvalidArgumentException(what + ": the sample is empty");
        }
    }

    private static void requireDdof(String what, int ddof, int n) {
        if (ddof < 0 || ddof >= n) {
            throw new InvalidArgumentException(what + ": ddof must be in 0.." + (n - 1) + " for " + n
                    + " values, was " + ddof);
        }
    }
}
