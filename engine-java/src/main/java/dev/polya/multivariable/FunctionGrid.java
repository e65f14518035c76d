package dev.polya.multivariable;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import java.util.Objects;

/**
 * A function of two variables sampled on a rectangular grid (chapter 15): the x values, the y values and the
 * heights z = f(x, y), what surface and contour plots draw.
 *
 * <p>Row i of {@link #z()} holds the values along the horizontal line y = yᵢ, so zᵢⱼ = f(xⱼ, yᵢ) — the
 * layout of NumPy's {@code meshgrid(xs, ys)} (indexing "xy") and of Matplotlib's {@code contour}.
 * {@link #xColumn()}, {@link #yColumn()} and {@link #zColumn()} give the same data in long format (one row per
 * grid point), as Lets-Plot's {@code geomContour} wants it.
 *
 * <p>Cost: nx·ny evaluations of f. Failure modes: grids with fewer than 2 points per axis, non-finite or not
 * strictly increasing coordinates throw {@link InvalidArgumentException}; z of the wrong shape throws
 * {@link DimensionMismatchException}. Non-finite heights are kept (a plot leaves them blank).
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 15; Matplotlib, {@code contour}
 * documentation (grid layout).
 *
 * @param xs the grid's x values, strictly increasing
 * @param ys the grid's y values, strictly increasing
 * @param z  the heights, ys.size() × xs.size(), zᵢⱼ = f(xⱼ, yᵢ)
 */
public record FunctionGrid(Vector xs, Vector ys, Matrix z) {

    /**
     * Validates the grid.
     *
     * @param xs the x values
     * @param ys the y values
     * @param z  the heights
     */
    public FunctionGrid {
        requireAxis("x", xs);
        requireAxis("y", ys);
        Objects.requireNonNull(z, "z");
        if (z.rows() != ys.size() || z.cols() != xs.size()) {
            throw new DimensionMismatchException("function grid: z is " + z.rows() + "×" + z.cols()
                    + ", expected ys × xs = " + ys.size() + "×" + xs.size());
        }
    }

    /**
     * Samples f: ℝ² → ℝ at every grid point (xⱼ, yᵢ).
     *
     * @param f  the function of the 2-vector (x, y)
     * @param xs the x values, e.g. {@code Vector.linspace(-2, 2, 101)}
     * @param ys the y values
     * @return the grid
     */
    public static FunctionGrid evaluate(MultivariateFunction f, Vector xs, Vector ys) {
        Objects.requireNonNull(f, "f");
        requireAxis("x", xs);
        requireAxis("y", ys);
        int nx = xs.size();
        int ny = ys.size();
        double[] z = new double[nx * ny];
        for (int i = 0; i < ny; i++) {
            for (int j = 0; j < nx; j++) {
                z[i * nx + j] = f.applyAsDouble(Vector.of(xs.get(j), ys.get(i)));
            }
        }
        return new FunctionGrid(xs, ys, Matrix.of(ny, nx, z));
    }

    /**
     * @return the x value of every grid point, row after row (nx·ny entries)
     */
    public Vector xColumn() {
        return Vector.fromFunction(xs.size() * ys.size(), k -> xs.get(k % xs.size()));
    }

    /**
     * @return the y value of every grid point, row after row
     */
    public Vector yColumn() {
        return Vector.fromFunction(xs.size() * ys.size(), k -> ys.get(k / xs.size()));
    }

    /**
     * @return the height of every grid point, row after row
     */
    public Vector zColumn() {
        return Vector.fromFunction(xs.size() * ys.size(), k -> z.get(k / xs.size(), k % xs.size()));
    }

    private static void requireAxis(String name, Vector axis) {
        Objects.requireNonNull(axis, name + "s");
        if (axis.size() < 2) {
            throw new InvalidArgumentException("function grid: the " + name + " axis needs at least 2 points, got "
                    + axis.size());
        }
        for (int k = 0; k < axis.size(); k++) {
            double v = axis.get(k);
            if (!Double.isFinite(v)) {
                throw new InvalidArgumentException("function grid: " + name + "[" + k + "] = " + v
                        + " is not finite");
            }
            if (k > 0 && !(v > axis.get(k - 1))) {
                throw new InvalidArgumentException("function grid: the " + name + " values must increase strictly, but "
                        + name + "[" + (k - 1) + "] = " + axis.get(k - 1) + " and " + name + "[" + k + "] = " + v);
            }
        }
    }
}
