package dev.polya.multivariable.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polya.calculus.differentiation.FiniteDifference;
import dev.polya.linalg.Vector;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every elementary operation of {@link Var}: its value against {@code Math}, its first derivative (one reverse
 * sweep) and its second derivative (forward over reverse) against closed forms, and the first derivative
 * against a central difference of the values, at several points of its domain. The closed forms are the
 * textbook derivatives (e.g. asin′ = 1/√(1 − x²), asin″ = x/(1 − x²)^{3/2}), written independently of
 * {@link Primitive}.
 */
class PrimitiveDerivativesTest {

    /** Value and closed-form derivatives: the same formulas in another arrangement, a few ulps apart. */
    private static final double CLOSED_FORM = 1e-13;
    /** Against a central difference with h = ∛ε·max(1, |x|): truncation and rounding, ~1e-10 relative. */
    private static final double CENTRAL = 1e-7;

    private record Case(String name, UnaryOperator<Var> op, DoubleUnaryOperator value, DoubleUnaryOperator d1,
            DoubleUnaryOperator d2, double... points) {
    }

    private static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static final double[] EVERYWHERE = {-2.3, -0.7, 0.3, 1.1, 2.9};
    private static final double[] POSITIVE = {0.05, 0.4, 1.0, 2.5, 17.0};
    private static final double[] INSIDE_UNIT = {-0.9, -0.35, 0.1, 0.5, 0.95};

    private static final List<Case> CASES = List.of(
            new Case("exp", Var::exp, Math::exp, Math::exp, Math::exp, EVERYWHERE),
            new Case("expm1", Var::expm1, Math::expm1, Math::exp, Math::exp, EVERYWHERE),
            new Case("log", Var::log, Math::log, x -> 1 / x, x -> -1 / (x * x), POSITIVE),
            new Case("log1p", Var::log1p, Math::log1p, x -> 1 / (1 + x), x -> -1 / ((1 + x) * (1 + x)), POSITIVE),
            new Case("sqrt", Var::sqrt, Math::sqrt, x -> 0.5 / Math.sqrt(x), x -> -0.25 * Math.pow(x, -1.5), POSITIVE),
            new Case("sin", Var::sin, Math::sin, Math::cos, x -> -Math.sin(x), EVERYWHERE),
            new Case("cos", Var::cos, Math::cos, x -> -Math.sin(x), x -> -Math.cos(x), EVERYWHERE),
            new Case("tan", Var::tan, Math::tan, x -> 1 / (Math.cos(x) * Math.cos(x)),
                    x -> 2 * Math.sin(x) / Math.pow(Math.cos(x), 3), INSIDE_UNIT),
            new Case("asin", Var::asin, Math::asin, x -> 1 / Math.sqrt(1 - x * x), x -> x * Math.pow(1 - x * x, -1.5),
                    INSIDE_UNIT),
            new Case("acos", Var::acos, Math::acos, x -> -1 / Math.sqrt(1 - x * x), x -> -x * Math.pow(1 - x * x, -1.5),
                    INSIDE_UNIT),
            new Case("atan", Var::atan, Math::atan, x -> 1 / (1 + x * x), x -> -2 * x / Math.pow(1 + x * x, 2),
                    EVERYWHERE),
            new Case("sinh", Var::sinh, Math::sinh, Math::cosh, Math::sinh, EVERYWHERE),
            new Case("cosh", Var::cosh, Math::cosh, Math::sinh, Math::cosh, EVERYWHERE),
            new Case("tanh", Var::tanh, Math::tanh, x -> 1 / Math.pow(Math.cosh(x), 2),
                    x -> -2 * Math.sinh(x) / Math.pow(Math.cosh(x), 3), EVERYWHERE),
            new Case("asinh", Var::asinh, x -> Math.log(x + Math.sqrt(x * x + 1)), x -> 1 / Math.sqrt(1 + x * x),
                    x -> -x * Math.pow(1 + x * x, -1.5), EVERYWHERE),
            new Case("acosh", Var::acosh, x -> Math.log(x + Math.sqrt(x * x - 1)), x -> 1 / Math.sqrt(x * x - 1),
                    x -> -x * Math.pow(x * x - 1, -1.5), 1.2, 1.7, 3.0, 10.0),
            new Case("atanh", Var::atanh, x -> 0.5 * Math.log((1 + x) / (1 - x)), x -> 1 / (1 - x * x),
                    x -> 2 * x / Math.pow(1 - x * x, 2), INSIDE_UNIT),
            new Case("sigmoid", Var::sigmoid, PrimitiveDerivativesTest::sigma, x -> sigma(x) * (1 - sigma(x)),
                    x -> sigma(x) * (1 - sigma(x)) * (1 - 2 * sigma(x)), EVERYWHERE),
            new Case("softplus", Var::softplus, x -> Math.log(1 + Math.exp(x)), PrimitiveDerivativesTest::sigma,
                    x -> sigma(x) * (1 - sigma(x)), EVERYWHERE),
            new Case("relu", Var::relu, x -> Math.max(x, 0), x -> x > 0 ? 1 : 0, x -> 0, EVERYWHERE),
            new Case("abs", Var::abs, Math::abs, Math::signum, x -> 0, EVERYWHERE),
            new Case("square", Var::square, x -> x * x, x -> 2 * x, x -> 2, EVERYWHERE),
            new Case("reciprocal", Var::reciprocal, x -> 1 / x, x -> -1 / (x * x), x -> 2 / (x * x * x), EVERYWHERE),
            new Case("pow(3)", x -> x.pow(3), x -> x * x * x, x -> 3 * x * x, x -> 6 * x, EVERYWHERE),
            new Case("pow(-2)", x -> x.pow(-2), x -> 1 / (x * x), x -> -2 / (x * x * x), x -> 6 / (x * x * x * x),
                    EVERYWHERE),
            new Case("pow(2.5)", x -> x.pow(2.5), x -> Math.pow(x, 2.5), x -> 2.5 * Math.pow(x, 1.5),
                    x -> 3.75 * Math.sqrt(x), POSITIVE),
            new Case("pow(constant Var)", x -> x.pow(Var.constant(0.5)), Math::sqrt, x -> 0.5 / Math.sqrt(x),
                    x -> -0.25 * Math.pow(x, -1.5), POSITIVE),
            new Case("pow(x)", x -> x.pow(x), x -> Math.pow(x, x), x -> Math.pow(x, x) * (Math.log(x) + 1),
                    x -> Math.pow(x, x) * (Math.pow(Math.log(x) + 1, 2) + 1 / x), POSITIVE),
            new Case("plus(c)", x -> x.plus(1.5), x -> x + 1.5, x -> 1, x -> 0, EVERYWHERE),
            new Case("minus(c)", x -> x.minus(1.5), x -> x - 1.5, x -> 1, x -> 0, EVERYWHERE),
            new Case("times(c)", x -> x.times(-3), x -> -3 * x, x -> -3, x -> 0, EVERYWHERE),
            new Case("div(c)", x -> x.div(4), x -> x / 4, x -> 0.25, x -> 0, EVERYWHERE),
            new Case("unaryMinus", Var::unaryMinus, x -> -x, x -> -1, x -> 0, EVERYWHERE),
            new Case("c − x", x -> Var.minus(2, x), x -> 2 - x, x -> -1, x -> 0, EVERYWHERE),
            new Case("c/x", x -> Var.div(2, x), x -> 2 / x, x -> -2 / (x * x), x -> 4 / (x * x * x), EVERYWHERE),
            new Case("c + x", x -> Var.plus(2, x), x -> 2 + x, x -> 1, x -> 0, EVERYWHERE),
            new Case("c·x", x -> Var.times(2, x), x -> 2 * x, x -> 2, x -> 0, EVERYWHERE),
            new Case("max(c)", x -> x.max(0.5), x -> Math.max(x, 0.5), x -> x > 0.5 ? 1 : 0, x -> 0, EVERYWHERE),
            new Case("min(c)", x -> x.min(0.5), x -> Math.min(x, 0.5), x -> x < 0.5 ? 1 : 0, x -> 0, EVERYWHERE),
            new Case("x·x", x -> x.times(x), x -> x * x, x -> 2 * x, x -> 2, EVERYWHERE),
            new Case("x/x²", x -> x.div(x.square()), x -> 1 / x, x -> -1 / (x * x), x -> 2 / (x * x * x), EVERYWHERE),
            new Case("x + x", x -> x.plus(x), x -> 2 * x, x -> 2, x -> 0, EVERYWHERE),
            new Case("x − 3x", x -> x.minus(x.times(3)), x -> -2 * x, x -> -2, x -> 0, EVERYWHERE),
            new Case("atan2(x, 1)", x -> Var.atan2(x, Var.constant(1)), x -> Math.atan(x), x -> 1 / (1 + x * x),
                    x -> -2 * x / Math.pow(1 + x * x, 2), EVERYWHERE),
            new Case("atan2(1, x)", x -> Var.atan2(Var.constant(1), x), x -> Math.atan2(1, x), x -> -1 / (1 + x * x),
                    x -> 2 * x / Math.pow(1 + x * x, 2), EVERYWHERE),
            new Case("max(x, x²)", x -> x.max(x.square()), x -> Math.max(x, x * x), x -> x > x * x ? 1 : 2 * x,
                    x -> x > x * x ? 0 : 2, EVERYWHERE),
            new Case("min(x, x²)", x -> x.min(x.square()), x -> Math.min(x, x * x), x -> x < x * x ? 1 : 2 * x,
                    x -> x < x * x ? 0 : 2, EVERYWHERE));

    @Test
    void everyPrimitiveMatchesItsClosedForms() {
        for (Case c : CASES) {
            for (double x : c.points()) {
                Tape tape = new Tape();
                Var v = tape.variable(x);
                Var y = c.op().apply(v);
                String where = c.name() + " at " + x;
                assertRelative(c.value().applyAsDouble(x), y.value(), CLOSED_FORM, where + ": value");
                assertRelative(c.d1().applyAsDouble(x), tape.gradient(y, v)[0], CLOSED_FORM, where + ": first");
                assertRelative(c.d2().applyAsDouble(x), tape.hessian(y, v)[0][0], CLOSED_FORM, where + ": second");
            }
        }
    }

    @Test
    void everyPrimitiveMatchesCentralDifferences() {
        for (Case c : CASES) {
            ScalarField f = x -> c.op().apply(x[0]);
            for (double x : c.points()) {
                double ad = f.gradient(Vector.of(x)).get(0);
                double fd = FiniteDifference.CENTRAL.estimate(t -> c.op().apply(Var.constant(t)).value(), x);
                assertRelative(fd, ad, CENTRAL, c.name() + " at " + x + ": AD vs central difference");
                // the second derivative: central difference of the AD first derivative
                double second = f.hessian(Vector.of(x)).get(0, 0);
                double fd2 = FiniteDifference.CENTRAL.estimate(
                        t -> f.gradient(Vector.of(t)).get(0), x);
                assertRelative(fd2, second, CENTRAL, c.name() + " at " + x + ": second derivative");
            }
        }
    }

    @Test
    void kinksFollowThePyTorchConventions() {
        Tape tape = new Tape();
        Var zero = tape.variable(0.0);
        assertEquals(0.0, tape.gradient(zero.relu(), zero)[0]);
        assertEquals(0.0, tape.gradient(zero.abs(), zero)[0]);
        Var other = tape.variable(0.0);
        double[] g = tape.gradient(zero.max(other), zero, other);
        assertEquals(0.5, g[0]);
        assertEquals(0.5, g[1]);
        g = tape.gradient(zero.min(other), zero, other);
        assertEquals(0.5, g[0]);
        assertEquals(0.5, g[1]);
        assertEquals(0.5, tape.gradient(zero.max(0.0), zero)[0]);
        // x⁰ = 1 has derivative 0 even at 0; x¹ has second derivative 0 at 0
        assertEquals(0.0, tape.gradient(zero.pow(0), zero)[0]);
        assertEquals(0.0, tape.hessian(zero.pow(1), zero)[0][0]);
        assertEquals(2.0, tape.hessian(zero.pow(2), zero)[0][0]);
    }

    @Test
    void binaryPrimitivesHaveTheirClosedFormPartials() {
        double a = 1.3;
        double b = 0.7;
        Tape tape = new Tape();
        Var x = tape.variable(a);
        Var y = tape.variable(b);
        // a/b: (1/b, −a/b²), Hessian [[0, −1/b²], [−1/b², 2a/b³]]
        assertPartials(tape, x.div(y), x, y, new double[] {1 / b, -a / (b * b)},
                new double[][] {{0, -1 / (b * b)}, {-1 / (b * b), 2 * a / (b * b * b)}});
        // aᵇ: (b·aᵇ⁻¹, aᵇ log a), Hessian [[b(b−1)aᵇ⁻², aᵇ⁻¹(1 + b log a)], [·, aᵇ log² a]]
        double p = Math.pow(a, b);
        double l = Math.log(a);
        assertPartials(tape, x.pow(y), x, y, new double[] {b * Math.pow(a, b - 1), p * l},
                new double[][] {{b * (b - 1) * Math.pow(a, b - 2), Math.pow(a, b - 1) * (1 + b * l)},
                        {Math.pow(a, b - 1) * (1 + b * l), p * l * l}});
        // atan2(a, b): (b/r², −a/r²), Hessian [[−2ab/r⁴, (a² − b²)/r⁴], [·, 2ab/r⁴]]
        double r2 = a * a + b * b;
        double r4 = r2 * r2;
        assertPartials(tape, Var.atan2(x, y), x, y, new double[] {b / r2, -a / r2},
                new double[][] {{-2 * a * b / r4, (a * a - b * b) / r4}, {(a * a - b * b) / r4, 2 * a * b / r4}});
        // a·b, a ± b, max, min
        assertPartials(tape, x.times(y), x, y, new double[] {b, a}, new double[][] {{0, 1}, {1, 0}});
        assertPartials(tape, x.plus(y), x, y, new double[] {1, 1}, new double[][] {{0, 0}, {0, 0}});
        assertPartials(tape, x.minus(y), x, y, new double[] {1, -1}, new double[][] {{0, 0}, {0, 0}});
        assertPartials(tape, x.max(y), x, y, new double[] {1, 0}, new double[][] {{0, 0}, {0, 0}});
        assertPartials(tape, x.min(y), x, y, new double[] {0, 1}, new double[][] {{0, 0}, {0, 0}});
    }

    private static void assertPartials(Tape tape, Var z, Var x, Var y, double[] gradient, double[][] hessian) {
        double[] g = tape.gradient(z, x, y);
        double[][] h = tape.hessian(z, x, y);
        for (int i = 0; i < 2; i++) {
            assertRelative(gradient[i], g[i], CLOSED_FORM, "partial " + i);
            for (int j = 0; j < 2; j++) {
                assertRelative(hessian[i][j], h[i][j], CLOSED_FORM, "second partial " + i + j);
            }
        }
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), what);
    }
}
