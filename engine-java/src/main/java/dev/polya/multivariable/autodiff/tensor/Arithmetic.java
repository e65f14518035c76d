package dev.polya.multivariable.autodiff.tensor;

/**
 * The four arithmetic operations on tensors with broadcasting, and the affine map a·x + c by a constant,
 * with their reverse-mode rules.
 *
 * <p>For z = x ∘ y broadcast to a common shape, the local derivatives are
 * <pre>  +: ∂z/∂x = 1, ∂z/∂y = 1      −: 1, −1      ⊙: y, x      ⊘: 1/y, −x/y²</pre>
 * and each operand's gradient is the product with ∂L/∂z summed over the axes it was broadcast along
 * ({@link Broadcast#accumulate}). Cost: one pass over the output forward, one or two backward.
 *
 * <p>Failure mode: shapes that do not broadcast ({@code operands could not be broadcast together with shapes
 * (2,3) (4,)}). Division by zero follows IEEE 754 (±∞ or NaN), as in NumPy.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 (the chain rule on graphs);
 * A. Karpathy, micrograd, {@code Value.__add__}/{@code __mul__}; NumPy broadcasting documentation.
 */
final class Arithmetic {

    /** The binary operations. */
    enum Op {
        PLUS, MINUS, TIMES, DIV
    }

    private Arithmetic() {
    }

    /** x ∘ y with NumPy broadcasting. */
    static Tensor binary(Op op, Tensor x, Tensor y) {
        int[] shape = Broadcast.shape(x.shape, y.shape);
        int[] mx = Broadcast.indexMap(x.shape, shape);
        int[] my = Broadcast.indexMap(y.shape, shape);
        double[] a = x.data;
        double[] b = y.data;
        int n = Broadcast.size(shape);
        double[] z = new double[n];
        switch (op) {
            case PLUS -> {
                for (int i = 0; i < n; i++) {
                    z[i] = a[mx == null ? i : mx[i]] + b[my == null ? i : my[i]];
                }
            }
            case MINUS -> {
                for (int i = 0; i < n; i++) {
                    z[i] = a[mx == null ? i : mx[i]] - b[my == null ? i : my[i]];
                }
            }
            case TIMES -> {
                for (int i = 0; i < n; i++) {
                    z[i] = a[mx == null ? i : mx[i]] * b[my == null ? i : my[i]];
                }
            }
            case DIV -> {
                for (int i = 0; i < n; i++) {
                    z[i] = a[mx == null ? i : mx[i]] / b[my == null ? i : my[i]];
                }
            }
            default -> throw new AssertionError(op);
        }
        return Tensor.result(z, shape, g -> propagate(op, x, y, mx, my, g), x, y);
    }

    private static void propagate(Op op, Tensor x, Tensor y, int[] mx, int[] my, double[] g) {
        double[] a = x.data;
        double[] b = y.data;
        int n = g.length;
        if (x.requiresGrad()) {
            double[] gx = x.gradArray();
            switch (op) {
                case PLUS, MINUS -> Broadcast.accumulate(gx, mx, g);
                case TIMES -> {
                    // ∂L/∂x += g ⊙ y
                    for (int i = 0; i < n; i++) {
                        gx[mx == null ? i : mx[i]] += g[i] * b[my == null ? i : my[i]];
                    }
                }
                case DIV -> {
                    // ∂L/∂x += g ⊘ y
                    for (int i = 0; i < n; i++) {
                        gx[mx == null ? i : mx[i]] += g[i] / b[my == null ? i : my[i]];
                    }
                }
                default -> throw new AssertionError(op);
            }
        }
        if (y.requiresGrad()) {
            double[] gy = y.gradArray();
            switch (op) {
                case PLUS -> Broadcast.accumulate(gy, my, g);
                case MINUS -> {
                    for (int i = 0; i < n; i++) {
                        gy[my == null ? i : my[i]] -= g[i];
                    }
                }
                case TIMES -> {
                    // ∂L/∂y += g ⊙ x
                    for (int i = 0; i < n; i++) {
                        gy[my == null ? i : my[i]] += g[i] * a[mx == null ? i : mx[i]];
                    }
                }
                case DIV -> {
                    // ∂L/∂y −= g ⊙ x ⊘ y²
                    for (int i = 0; i < n; i++) {
                        double bi = b[my == null ? i : my[i]];
                        gy[my == null ? i : my[i]] -= g[i] * a[mx == null ? i : mx[i]] / (bi * bi);
                    }
                }
                default -> throw new AssertionError(op);
            }
        }
    }

    /** a·x + c elementwise, for constants a and c: ∂L/∂x = a · ∂L/∂z. */
    static Tensor affine(Tensor x, double a, double c) {
        double[] v = x.data;
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            z[i] = a * v[i] + c;
        }
        return Tensor.result(z, x.shape, g -> {
            double[] gx = x.gradArray();
            for (int i = 0; i < g.length; i++) {
                gx[i] += a * g[i];
            }
        }, x);
    }
}
