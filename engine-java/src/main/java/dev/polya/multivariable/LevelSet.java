package dev.polya.multivariable;

import dev.polya.calculus.roots.BrentDekker;
import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Vector;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * Points of a level set {(x, y) : f(x, y) = c} of a function of two variables (chapter 15), found on the
 * lines of a grid: wherever f − c changes sign between two neighbouring grid points, on a horizontal or a
 * vertical grid line, Brent's method finds the crossing on that segment to about 1e-12.
 *
 * <p>The result is a cloud of points on the curve (about two per grid cell the curve passes through), good
 * for drawing the curve as points, for checking that a path stays on a level set, or for seeing that the
 * gradient is orthogonal to it. For a smooth contour line draw a contour plot of a {@link FunctionGrid}.
 * Parts of the level set that cross no grid line with a sign change — a tangency (f − c ≥ 0 on both sides,
 * as at a minimum with c the minimum value) or a curve smaller than a cell — are not found: refine the grid.
 * A grid point where f = c exactly is reported once.
 *
 * <p>Cost: nx·ny evaluations of f plus about 10 per crossing. Failure modes: a non-finite level, or axes
 * with fewer than 2 points or not strictly increasing, throw {@link InvalidArgumentException}; segments
 * whose ends are not finite are skipped.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 15; R. P. Brent, <i>Algorithms for
 * Minimization without Derivatives</i>, Prentice-Hall 1973, chapter 4.
 *
 * @param level c
 * @param xs    the x coordinates of the points found
 * @param ys    their y coordinates (as many)
 */
public record LevelSet(double level, Vector xs, Vector ys) {

    /**
     * Validates the record.
     *
     * @param level c
     * @param xs    the x coordinates
     * @param ys    the y coordinates
     */
    public LevelSet {
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        if (xs.size() != ys.size()) {
            throw new DimensionMismatchException("level set: " + xs.size() + " x coordinates but " + ys.size()
                    + " y coordinates");
        }
    }

    /**
     * The points of {f = c} on the lines of the grid xs × ys.
     *
     * @param f     the function of the 2-vector (x, y)
     * @param level c, finite
     * @param xs    the grid's x values, strictly increasing
     * @param ys    the grid's y values, strictly increasing
     * @return the points found
     */
    public static LevelSet find(MultivariateFunction f, double level, Vector xs, Vector ys) {
        Objects.requireNonNull(f, "f");
        if (!Double.isFinite(level)) {
            throw new InvalidArgumentException("level set: the level must be finite, was " + level);
        }
        FunctionGrid grid = FunctionGrid.evaluate(f, xs, ys);
        int nx = xs.size();
        int ny = ys.size();
        Points points = new Points();
        for (int i = 0; i < ny; i++) {
            double y = ys.get(i);
            DoubleUnaryOperator g = x -> f.applyAsDouble(Vector.of(x, y)) - level;
            for (int j = 0; j < nx; j++) {
                double here = grid.z().get(i, j) - level;
                if (here == 0) {
                    points.add(xs.get(j), y);
                }
                if (j + 1 < nx) {
                    double right = grid.z().get(i, j + 1) - level;
                    if (crosses(here, right)) {
                        points.add(BrentDekker.solve(g, xs.get(j), xs.get(j + 1)).root(), y);
                    }
                }
            }
        }
        for (int j = 0; j < nx; j++) {
            double x = xs.get(j);
            DoubleUnaryOperator g = y -> f.applyAsDouble(Vector.of(x, y)) - level;
            for (int i = 0; i + 1 < ny; i++) {
                double below = grid.z().get(i, j) - level;
                double above = grid.z().get(i + 1, j) - level;
                if (crosses(below, above)) {
                    points.add(x, BrentDekker.solve(g, ys.get(i), ys.get(i + 1)).root());
                }
            }
        }
        return new LevelSet(level, points.xs(), points.ys());
    }

    /**
     * @return the number of points found
     */
    public int size() {
        return xs.size();
    }

    /** A strict sign change between two finite values. */
    private static boolean crosses(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && ((a < 0 && b > 0) || (a > 0 && b < 0));
    }

    /** A growable list of points. */
    private static final class Points {
        private double[] x = new double[16];
        private double[] y = new double[16];
        private int n;

        void add(double px, double py) {
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
            }
            x[n] = px;
            y[n] = py;
            n++;
        }

        Vector xs() {
            return Vector.of(Arrays.copyOf(x, n));
        }

        Vector ys() {
            return Vector.of(Arrays.copyOf(y, n));
        }
    }
}
