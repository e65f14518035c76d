package dev.polya.probability.information;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;

/**
 * Entropy, cross-entropy, Kullback–Leibler and Jensen–Shannon divergences, mutual information and the binary
 * cross-entropy loss (the information-theory part of the statistics material).
 *
 * <p>Every quantity is in nats (natural logarithm) unless a {@code base} is given: base 2 gives bits. Terms with
 * pᵢ = 0 are skipped (0 · log 0 = 0). A distribution must have non-negative, finite entries summing to 1 within
 * {@link #SUM_TOLERANCE}; anything else is an {@link InvalidArgumentException} that states the sum.
 *
 * <p>Where p puts mass on an outcome that q rules out (qᵢ = 0 &lt; pᵢ), the cross-entropy and the
 * Kullback–Leibler divergence are +∞, as {@code scipy.stats.entropy} returns.
 *
 * <p>Reference: T. M. Cover and J. A. Thomas, <i>Elements of Information Theory</i>, 2nd ed., Wiley 2006, ch. 2.
 */
public final class Entropy {

    /** How far from 1 the entries of a probability vector may sum. */
    public static final double SUM_TOLERANCE = 1e-9;

    /** Predicted probabilities are clipped to [ε, 1 − ε] in the binary cross-entropy, as sklearn's log_loss. */
    public static final double CLIP_EPSILON = 1e-15;

    private Entropy() {
    }

    /**
     * The Shannon entropy H(p) = −Σ pᵢ ln pᵢ in nats.
     *
     * @param p a probability vector
     * @return H(p) ≥ 0, at most ln n
     */
    public static double entropy(double[] p) {
        requireDistribution("entropy", "p", p);
        double h = 0;
        for (double pi : p) {
            if (pi > 0) {
                h -= pi * Math.log(pi);
            }
        }
        return h;
    }

    /**
     * @param p    a probability vector
     * @param base the logarithm base, positive and not 1 (2 for bits)
     * @return H(p) in units of log base
     */
    public static double entropy(double[] p, double base) {
        double scale = logBase("entropy", base);
        return entropy(p) / scale;
    }

    /** @see #entropy(double[]) */
    public static double entropy(Vector p) {
        return entropy(p.toArray());
    }

    /** @see #entropy(double[], double) */
    public static double entropy(Vector p, double base) {
        return entropy(p.toArray(), base);
    }

    /**
     * The cross-entropy H(p, q) = −Σ pᵢ ln qᵢ in nats, +∞ when some qᵢ = 0 &lt; pᵢ.
     *
     * @param p the true distribution
     * @param q the model distribution, the same length
     * @return H(p, q) ≥ H(p)
     */
    public static double crossEntropy(double[] p, double[] q) {
        requirePair("cross-entropy", p, q);
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                h -= p[i] * Math.log(q[i]);
            }
        }
        return h;
    }

    /** H(p, q) in units of log base. */
    public static double crossEntropy(double[] p, double[] q, double base) {
        double scale = logBase("cross-entropy", base);
        return crossEntropy(p, q) / scale;
    }

    /** @see #crossEntropy(double[], double[]) */
    public static double crossEntropy(Vector p, Vector q) {
        return crossEntropy(p.toArray(), q.toArray());
    }

    /** @see #crossEntropy(double[], double[], double) */
    public static double crossEntropy(Vector p, Vector q, double base) {
        return crossEntropy(p.toArray(), q.toArray(), base);
    }

    /**
     * The Kullback–Leibler divergence D(p‖q) = Σ pᵢ ln(pᵢ/qᵢ) in nats, +∞ when some qᵢ = 0 &lt; pᵢ.
     *
     * @param p the true distribution
     * @param q the model distribution, the same length
     * @return D(p‖q) ≥ 0, zero exactly when p = q
     */
    public static double kl(double[] p, double[] q) {
        requirePair("kl", p, q);
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                d += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return Math.max(d, 0.0);
    }

    /** D(p‖q) in units of log base. */
    public static double kl(double[] p, double[] q, double base) {
        double scale = logBase("kl", base);
        return kl(p, q) / scale;
    }

    /** @see #kl(double[], double[]) */
    public static double kl(Vector p, Vector q) {
        return kl(p.toArray(), q.toArray());
    }

    /** @see #kl(double[], double[], double) */
    public static double kl(Vector p, Vector q, double base) {
        return kl(p.toArray(), q.toArray(), base);
    }

    /**
     * The Jensen–Shannon divergence JS(p, q) = ½ D(p‖m) + ½ D(q‖m), m = (p + q)/2, in nats: symmetric, finite
     * and at most ln 2.
     *
     * @param p a probability vector
     * @param q a probability vector of the same length
     * @return JS(p, q) ∈ [0, ln 2]
     */
    public static double jensenShannon(double[] p, double[] q) {
        requirePair("jensen-shannon", p, q);
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = 0.5 * (p[i] + q[i]);
        }
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                js += 0.5 * p[i] * Math.log(p[i] / m[i]);
            }
            if (q[i] > 0) {
                js += 0.5 * q[i] * Math.log(q[i] / m[i]);
            }
        }
        return Math.min(Math.max(js, 0.0), Math.log(2));
    }

    /** JS(p, q) in units of log base (at most 1 bit). */
    public static double jensenShannon(double[] p, double[] q, double base) {
        double scale = logBase("jensen-shannon", base);
        return jensenShannon(p, q) / scale;
    }

    /** @see #jensenShannon(double[], double[]) */
    public static double jensenShannon(Vector p, Vector q) {
        return jensenShannon(p.toArray(), q.toArray());
    }

    /** @see #jensenShannon(double[], double[], double) */
    public static double jensenShannon(Vector p, Vector q, double base) {
        return jensenShannon(p.toArray(), q.toArray(), base);
    }

    /**
     * The mutual information I(X; Y) = Σ pᵢⱼ ln(pᵢⱼ / (pᵢ· p·ⱼ)) in nats of a contingency table of counts (or
     * joint probabilities), which is normalized by its total first.
     *
     * @param table a rectangular, non-empty table of non-negative finite entries with a positive total
     * @return I(X; Y) ≥ 0, zero for an independent table
     */
    public static double mutualInformation(double[][] table) {
        if (table == null || table.length == 0 || table[0] == null || table[0].length == 0) {
            throw new InvalidArgumentException("mutual information: the contingency table is empty");
        }
        int r = table.length;
        int c = table[0].length;
        double total = 0;
        for (int i = 0; i < r; i++) {
            if (table[i] == null || table[i].length != c) {
                throw new InvalidArgumentException("mutual information: row " + i + " has "
                        + (table[i] == null ? 0 : table[i].length) + " entries, expected " + c);
            }
            for (int j = 0; j < c; j++) {
                double v = table[i][j];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new InvalidArgumentException("mutual information: entry (" + i + ", " + j
                            + ") must be non-negative and finite, was " + v);
                }
                total += v;
            }
        }
        if (total == 0) {
            throw new InvalidArgumentException("mutual information: the contingency table sums to 0");
        }
        double[] rowSum = new double[r];
        double[] colSum = new double[c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rowSum[i] += table[i][j] / total;
                colSum[j] += table[i][j] / total;
            }
        }
        double mi = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double pij = table[i][j] / total;
                if (pij > 0) {
                    mi += pij * Math.log(pij / (rowSum[i] * colSum[j]));
                }
            }
        }
        return Math.max(mi, 0.0);
    }

    /**
     * The mean binary cross-entropy −(1/n) Σ [yᵢ ln ŷᵢ + (1 − yᵢ) ln(1 − ŷᵢ)] in nats, with ŷ clipped to
     * [{@link #CLIP_EPSILON}, 1 − {@link #CLIP_EPSILON}] so that a confident wrong prediction costs a finite
     * amount (sklearn's {@code log_loss}).
     *
     * @param y    the labels, each in [0, 1]
     * @param yHat the predicted probabilities, each in [0, 1], the same length
     * @return the mean loss ≥ 0
     */
    public static double binaryCrossEntropy(double[] y, double[] yHat) {
        if (y.length == 0) {
            throw new InvalidArgumentException("binary cross-entropy: the labels are empty");
        }
        if (y.length != yHat.length) {
            throw new InvalidArgumentException("binary cross-entropy: " + y.length + " labels but " + yHat.length
                    + " predictions");
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= 0 && y[i] <= 1)) {
                throw new InvalidArgumentException("binary cross-entropy: label " + i + " must be in [0, 1], was " + y[i]);
            }
            if (!(yHat[i] >= 0 && yHat[i] <= 1)) {
                throw new InvalidArgumentException("binary cross-entropy: prediction " + i + " must be in [0, 1], was "
                        + yHat[i]);
            }
            double p = Math.min(Math.max(yHat[i], CLIP_EPSILON), 1 - CLIP_EPSILON);
            sum -= y[i] * Math.log(p) + (1 - y[i]) * Math.log1p(-p);
        }
        return sum / y.length;
    }

    /** @see #binaryCrossEntropy(double[], double[]) */
    public static double binaryCrossEntropy(Vector y, Vector yHat) {
        return binaryCrossEntropy(y.toArray(), yHat.toArray());
    }

    private static double logBase(String what, double base) {
        if (!(base > 0) || base == 1 || Double.isInfinite(base)) {
            throw new InvalidArgumentException(what + ": the logarithm base must be positive, finite and not 1, was "
                    + base);
        }
        return Math.log(base);
    }

    private static void requirePair(String what, double[] p, double[] q) {
        requireDistribution(what, "p", p);
        requireDistribution(what, "q", q);
        if (p.length != q.length) {
            throw new InvalidArgumentException(what + ": p has " + p.length + " entries but q has " + q.length);
        }
    }

    static void requireDistribution(String what, String name, double[] p) {
        if (p.length == 0) {
            throw new InvalidArgumentException(what + ": " + name + " is empty");
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
                throw new InvalidArgumentException(what + ": " + name + "[" + i + "] must be non-negative and finite, was "
                        + p[i]);
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new InvalidArgumentException(what + ": " + name + " must sum to 1 within " + SUM_TOLERANCE
                    + ", sums to " + sum);
        }
    }
}
