package dev.polya.probability.statistics;

import dev.polya.core.InvalidArgumentException;
import dev.polya.core.NonFiniteValueException;
import dev.polya.linalg.Vector;

/**
 * A histogram of a sample: bin edges e₀ &lt; e₁ &lt; … &lt; e_m, the count of values in each bin and the density
 * normalisation, binned exactly as {@code numpy.histogram}.
 *
 * <p>Bin i is the half-open interval [eᵢ, eᵢ₊₁), except the last, which is closed: [e_{m−1}, e_m]. Values outside
 * [e₀, e_m] are not counted. The density of bin i is cᵢ / (N·(eᵢ₊₁ − eᵢ)) with N = Σ cᵢ the number of values
 * counted, so that Σ densityᵢ·widthᵢ = 1: the histogram as an estimate of a probability density (the picture of
 * the central limit theorem in chapter 20).
 *
 * <p>Edges: {@link #of(double[], int)} spans [min x, max x] with m equal bins ({@code np.histogram(x, bins=m)};
 * a constant sample gets the range [x − ½, x + ½] as NumPy does); {@link #of(double[], int, double, double)} spans
 * a given range ({@code range=(lo, hi)}); {@link #of(double[], double[])} takes the edges themselves
 * ({@code bins=edges}). For equal bins the bin index is ⌊(x − e₀)·m/(e_m − e₀)⌋, then corrected by one against
 * the computed edges, so a value lying on an edge lands in the same bin as in NumPy.
 *
 * <p>Cost: O(n) for equal bins, O(n log m) for explicit edges (binary search).
 *
 * <p>Failure modes ({@link InvalidArgumentException} naming the value): an empty sample, bins &lt; 1, a range with
 * lo ≥ hi or non-finite ends, fewer than two edges or edges not strictly increasing. NaN in the sample, or ±∞
 * when the range comes from the data, throws {@link NonFiniteValueException}. If no value falls in the range the
 * counts are all 0 and the densities NaN (0/0, as NumPy).
 *
 * <p>Book: chapter 20 (the law of large numbers and the central limit theorem, histograms of sample means).
 * Reference: NumPy {@code numpy.histogram} and {@code numpy.histogram_bin_edges}.
 *
 * @param edges     the m + 1 bin edges, strictly increasing
 * @param counts    the m counts (whole numbers stored as doubles)
 * @param densities the m densities cᵢ / (N·widthᵢ)
 */
public record Histogram(Vector edges, Vector counts, Vector densities) {

    /**
     * @throws InvalidArgumentException if the sizes do not agree: m + 1 edges, m counts, m densities, m ≥ 1
     */
    public Histogram {
        int m = counts.size();
        if (m < 1 || edges.size() != m + 1 || densities.size() != m) {
            throw new InvalidArgumentException("Histogram: need m + 1 edges, m counts and m densities with m >= 1, got "
                    + edges.size() + " edges, " + m + " counts and " + densities.size() + " densities");
        }
    }

    /**
     * {@code np.histogram(x, bins)}: m equal bins spanning [min x, max x].
     *
     * @param x    the sample, non-empty and finite
     * @param bins the number of bins m ≥ 1
     * @return the histogram
     */
    public static Histogram of(double[] x, int bins) {
        requireNonEmpty(x);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new NonFiniteValueException("histogram: value " + i + " is " + x[i]
                        + "; the range cannot be taken from non-finite data");
            }
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        return equalBins(x, bins, lo, hi);
    }

    /** @see #of(double[], int) */
    public static Histogram of(Vector x, int bins) {
        return of(x.toArray(), bins);
    }

    /**
     * {@code np.histogram(x, bins, range=(lo, hi))}: m equal bins spanning [lo, hi]; values outside are ignored.
     *
     * @param x    the sample, non-empty, no NaN
     * @param bins the number of bins m ≥ 1
     * @param lo   the left end of the first bin, finite
     * @param hi   the right end of the last bin, finite, &gt; lo
     * @return the histogram
     */
    public static Histogram of(double[] x, int bins, double lo, double hi) {
        requireNonEmpty(x);
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new InvalidArgumentException("histogram: the range must be finite with lo < hi, was [" + lo + ", "
                    + hi + "]");
        }
        requireNoNaN(x);
        return equalBins(x, bins, lo, hi);
    }

    /** @see #of(double[], int, double, double) */
    public static Histogram of(Vector x, int bins, double lo, double hi) {
        return of(x.toArray(), bins, lo, hi);
    }

    /**
     * {@code np.histogram(x, bins=edges)}: bins [eᵢ, eᵢ₊₁), the last one closed; values outside are ignored.
     *
     * @param x     the sample, non-empty, no NaN
     * @param edges at least two finite, strictly increasing edges
     * @return the histogram
     */
    public static Histogram of(double[] x, double[] edges) {
        requireNonEmpty(x);
        if (edges.length < 2) {
            throw new InvalidArgumentException("histogram: need at least 2 bin edges, got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i])) {
                throw new InvalidArgumentException("histogram: edge " + i + " must be finite, was " + edges[i]);
            }
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new InvalidArgumentException("histogram: edges must be strictly increasing, but edge " + i + " = "
                        + edges[i] + " follows " + edges[i - 1]);
            }
        }
        requireNoNaN(x);
        int m = edges.length - 1;
        double[] counts = new double[m];
        double last = edges[m];
        for (double v : x) {
            if (v < edges[0] || v > last) {
                continue;
            }
            if (v == last) {
                counts[m - 1]++;
                continue;
            }
            // the largest i with edges[i] ≤ v
            int lo = 0;
            int hi = m;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= v) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            counts[lo]++;
        }
        return finish(edges.clone(), counts);
    }

    /** @see #of(double[], double[]) */
    public static Histogram of(Vector x, Vector edges) {
        return of(x.toArray(), edges.toArray());
    }

    /** @return the number of bins m */
    public int bins() {
        return counts.size();
    }

    /** @return the number of values counted, N = Σ cᵢ (values outside the edges are not counted) */
    public double total() {
        return counts.sum();
    }

    /** @return the m bin widths eᵢ₊₁ − eᵢ */
    public Vector widths() {
        double[] e = edges.toArray();
        double[] w = new double[e.length - 1];
        for (int i = 0; i < w.length; i++) {
            w[i] = e[i + 1] - e[i];
        }
        return Vector.of(w);
    }

    /** @return the m bin midpoints (eᵢ + eᵢ₊₁)/2, where a bar chart puts its bars */
    public Vector centers() {
        double[] e = edges.toArray();
        double[] c = new double[e.length - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (e[i] + e[i + 1]);
        }
        return Vector.of(c);
    }

    /** Equal bins on [lo, hi], NumPy's fast path: index from the linear map, corrected against the edges. */
    private static Histogram equalBins(double[] x, int m, double lo, double hi) {
        if (m < 1) {
            throw new InvalidArgumentException("histogram: bins must be >= 1, was " + m);
        }
        // np.linspace(lo, hi, m + 1)
        double[] edges = new double[m + 1];
        double step = (hi - lo) / m;
        for (int i = 0; i < m; i++) {
            edges[i] = lo + i * step;
        }
        edges[m] = hi;
        double norm = m / (hi - lo);
        double[] counts = new double[m];
        for (double v : x) {
            if (v < lo || v > hi) {
                continue;
            }
            int i = (int) ((v - lo) * norm);
            if (i >= m) {
                i = m - 1;
            }
            // the linear map can be off by one next to an edge; the computed edges decide, as in NumPy
            if (v < edges[i]) {
                i--;
            } else if (i != m - 1 && v >= edges[i + 1]) {
                i++;
            }
            counts[i]++;
        }
        return finish(edges, counts);
    }

    private static Histogram finish(double[] edges, double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] densities = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            // density = cᵢ / (N · widthᵢ), divided in NumPy's order (by the width, then by N)
            densities[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
        }
        return new Histogram(Vector.of(edges), Vector.of(counts), Vector.of(densities));
    }

    private static void requireNonEmpty(double[] x) {
        if (x.length == 0) {
            throw new InvalidArgumentException("histogram: the sample is empty");
        }
    }

    private static void requireNoNaN(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new NonFiniteValueException("histogram: value " + i + " is NaN");
            }
        }
    }
}
