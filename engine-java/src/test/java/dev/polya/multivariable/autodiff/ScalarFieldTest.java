package dev.polya.multivariable.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.DimensionMismatchException;
import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.DifferentiableFunction;
import dev.polya.multivariable.ValueAndGradient;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Functions ℝⁿ → ℝ over Vars: values on doubles, gradients, Hessian–vector products and Hessians against
 * closed forms (Rosenbrock: ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)), ∇²f = [[2 − 400y + 1200x², −400x],
 * [−400x, 200]]), and the typed errors.
 */
class ScalarFieldTest {

    private static final double ROUNDING = 1e-12;

    /** Rosenbrock's function (1 − x)² + 100(y − x²)². */
    private static final ScalarField ROSENBROCK = x -> Var.minus(1, x[0]).square()
            .plus(x[1].minus(x[0].square()).square().times(100));

    @Test
    void rosenbrockGradientAndHessianAreTheClosedForms() {
        double[][] points = {{1, 2}, {-1.2, 1}, {1, 1}, {0.3, -0.7}};
        for (double[] p : points) {
            double x = p[0];
            double y = p[1];
            Vector at = Vector.of(p);
            ValueAndGradient vg = ROSENBROCK.valueAndGradient(at);
            assertEquals((1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), vg.value(), ROUNDING);
            assertEquals(vg.value(), ROSENBROCK.applyAsDouble(at), 0.0);
            assertEquals(-2 * (1 - x) - 400 * x * (y - x * x), vg.gradient().get(0), ROUNDING * 1000);
            assertEquals(200 * (y - x * x), vg.gradient().get(1), ROUNDING * 1000);
            Matrix h = ROSENBROCK.hessian(at);
            assertEquals(2 - 400 * y + 1200 * x * x, h.get(0, 0), ROUNDING * 1000);
            assertEquals(-400 * x, h.get(0, 1), ROUNDING * 1000);
            assertEquals(-400 * x, h.get(1, 0), ROUNDING * 1000);
            assertEquals(200, h.get(1, 1), ROUNDING * 1000);
            Vector v = Vector.of(0.25, -1.5);
            Vector hv = ROSENBROCK.hessianVectorProduct(at, v);
            Vector expected = h.times(v);
            assertEquals(expected.get(0), hv.get(0), ROUNDING * 1000);
            assertEquals(expected.get(1), hv.get(1), ROUNDING * 1000);
        }
        // the book's example point: ∇f(1, 2) = (−400, 200)
        assertEquals(Vector.of(-400, 200), ROSENBROCK.gradient(Vector.of(1, 2)));
    }

    @Test
    void evaluationOnDoublesRecordsNothingAndMatchesPlainCode() {
        ScalarField f = x -> x[0].sin().times(x[1]).plus(x[1].exp().div(x[0].square().plus(1))).div(3);
        Vector at = Vector.of(0.7, -0.4);
        double plain = (Math.sin(0.7) * -0.4 + Math.exp(-0.4) / (0.7 * 0.7 + 1)) / 3;
        assertEquals(plain, f.applyAsDouble(at), 0.0);
        assertEquals(plain, f.invoke(at), 0.0);
        assertEquals(plain, f.invoke(Var.constant(0.7), Var.constant(-0.4)).value(), 0.0);
    }

    @Test
    void aScalarFieldIsADifferentiableFunction() {
        DifferentiableFunction f = ROSENBROCK;
        assertEquals(Vector.of(-400, 200), f.gradient(Vector.of(1, 2)));
        assertEquals(Vector.of(-400, 200), Derivatives.gradient(ROSENBROCK).apply(Vector.of(1, 2)));
        assertEquals(ROSENBROCK.hessian(Vector.of(1, 2)), Derivatives.hessian(ROSENBROCK).apply(Vector.of(1, 2)));
        assertEquals(ROSENBROCK.hessian(Vector.of(1, 2)), Derivatives.hessian(ROSENBROCK, Vector.of(1, 2)));
        assertEquals(Vector.of(-400, 200), Derivatives.gradient(ROSENBROCK, Vector.of(1, 2)));
        assertEquals(ROSENBROCK.hessianVectorProduct(Vector.of(1, 2), Vector.of(1, 0)),
                Derivatives.hessianVectorProduct(ROSENBROCK, Vector.of(1, 2), Vector.of(1, 0)));
    }

    @Test
    void constantAndLinearFunctionsHaveZeroSecondDerivatives() {
        ScalarField constant = x -> Var.constant(3);
        assertEquals(Vector.of(0, 0), constant.gradient(Vector.of(1, 2)));
        assertEquals(Matrix.zeros(2, 2), constant.hessian(Vector.of(1, 2)));
        assertEquals(Vector.of(0, 0), constant.hessianVectorProduct(Vector.of(1, 2), Vector.of(1, 1)));
        ScalarField identity = x -> x[1];
        assertEquals(Vector.of(0, 1), identity.gradient(Vector.of(1, 2)));
        assertEquals(Matrix.zeros(2, 2), identity.hessian(Vector.of(1, 2)));
        ScalarField empty = x -> Var.constant(1);
        assertEquals(0, empty.gradient(Vector.of()).size());
    }

    @Test
    void differentiationsNest() {
        // g(x) = ‖∇f(x)‖², computing ∇f with a ScalarField inside another one's evaluation
        ScalarField inner = x -> x[0].square().times(x[1]);
        ScalarField outer = x -> {
            Vector g = inner.gradient(Vector.of(x[0].value(), x[1].value()));
            return x[0].times(g.get(0)).plus(x[1].times(g.get(1)));
        };
        // at (1, 2): ∇inner = (2xy, x²) = (4, 1); the outer gradient treats it as constant
        assertEquals(Vector.of(4, 1), outer.gradient(Vector.of(1, 2)));
        assertEquals(Vector.of(4, 1), inner.gradient(Vector.of(1, 2)));
    }

    @Test
    void theFirstOrderTapeGivesExactlyTheFullTapesGradient() {
        // ScalarField.gradient records operands and partials only; Tape.gradient sweeps a full tape
        SplittableRandom random = new SplittableRandom(16);
        for (int p = 0; p < 40; p++) {
            RandomProgram prog = new RandomProgram(random, 1 + random.nextInt(6), 40, 3, false);
            Vector x = Vector.fromFunction(prog.inputs, i -> 4 * random.nextDouble() - 2);
            for (int k = 0; k < prog.outputs; k++) {
                ScalarField f = prog.output(k);
                ValueAndGradient vg = f.valueAndGradient(x);
                Tape tape = new Tape();
                Var[] v = tape.variables(x);
                Var y = f.apply(v);
                double[] expected = tape.gradient(y, v);
                assertEquals(y.value(), vg.value(), "program " + p + ", output " + k + ": value");
                assertEquals(f.applyAsDouble(x), vg.value(), "program " + p + ", output " + k + ": value on doubles");
                assertEquals(Vector.of(expected), vg.gradient(), "program " + p + ", output " + k + ": gradient");
            }
        }
        // a first-order tape refuses the second-order sweep; nested gradients and Hessians use their own tapes
        Tape borrowed = Tape.borrowFirstOrder();
        try {
            Var z = borrowed.variable(2).square();
            assertThrows(IllegalStateException.class, () -> new SecondOrderSweep(borrowed, z.index));
        } finally {
            borrowed.release();
        }
        ScalarField inner = x -> x[0].square().times(x[1]);
        ScalarField gradientOfHessianEntry = x ->
                x[0].times(inner.hessian(Vector.of(x[0].value(), x[1].value())).get(0, 0));
        ScalarField hessianOfGradientEntry = x ->
                x[0].square().times(inner.gradient(Vector.of(x[0].value(), x[1].value())).get(1));
        // ∂²inner/∂x² = 2y = 4 at (1, 2); ∂inner/∂y = x² = 1
        assertEquals(Vector.of(4, 0), gradientOfHessianEntry.gradient(Vector.of(1, 2)));
        assertEquals(Matrix.of(2, 2, 2, 0, 0, 0), hessianOfGradientEntry.hessian(Vector.of(1, 2)));
    }

    @Test
    void threadsDifferentiateConcurrentlyOnTheirOwnTapes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                double shift = t;
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        double x = 0.001 * k + shift;
                        Vector g = ROSENBROCK.gradient(Vector.of(x, 1));
                        if (Math.abs(g.get(1) - 200 * (1 - x * x)) > 1e-9 * Math.max(1, Math.abs(g.get(1)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsATypedError() {
        DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
                () -> ROSENBROCK.gradient(Vector.of(1)));
        assertTrue(e.getMessage().contains("1 coordinates"), e.getMessage());
        assertThrows(DimensionMismatchException.class, () -> ROSENBROCK.applyAsDouble(Vector.of(1)));
        assertThrows(DimensionMismatchException.class, () -> ROSENBROCK.hessian(Vector.of(1)));
        assertThrows(DimensionMismatchException.class,
                () -> ROSENBROCK.hessianVectorProduct(Vector.of(1, 2), Vector.of(1, 2, 3)));
        ScalarField nothing = x -> null;
        assertThrows(InvalidArgumentException.class, () -> nothing.gradient(Vector.of(1)));
        // a Var captured from another tape cannot enter the computation
        Tape other = new Tape();
        Var captured = other.variable(5);
        ScalarField leaky = x -> x[0].times(captured);
        InvalidArgumentException mixed = assertThrows(InvalidArgumentException.class,
                () -> leaky.gradient(Vector.of(1)));
        assertTrue(mixed.getMessage().contains("different tapes"), mixed.getMessage());
        ScalarField returnsForeign = x -> captured;
        assertThrows(InvalidArgumentException.class, () -> returnsForeign.gradient(Vector.of(1)));
    }
}
