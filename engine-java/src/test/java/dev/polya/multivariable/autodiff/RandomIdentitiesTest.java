package dev.polya.multivariable.autodiff;

import static dev.polya.multivariable.autodiff.PrimitiveDerivativesTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polya.calculus.autodiff.Dual;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.multivariable.NumericDerivatives;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The identities of automatic differentiation on seeded random programs ({@link RandomProgram}, 40
 * instructions over 1–6 inputs with reused registers, every elementary operation): reverse mode = forward
 * mode (the independent {@link Dual} implementation, to first and second order); forward-sweep Jacobian =
 * reverse-sweep Jacobian; Jacobian rows = gradients; J·v and uᵀJ consistent (uᵀ(Jv) = (Jᵀu)ᵀv); Hessians
 * symmetric and equal to central differences; gradients equal to central differences.
 */
class RandomIdentitiesTest {

    /** Two exact methods with different rounding: relative to max(1, |value|). */
    private static final double EXACT = 1e-11;
    /** AD against central differences (first derivatives, h ≈ 6e-6): ~1e-9, compositions amplify. */
    private static final double CENTRAL = 1e-6;
    /** Hessians against second central differences (h ≈ 1e-4): ~1e-7, compositions amplify. */
    private static final double SECOND_CENTRAL = 1e-4;
    private static final int PROGRAMS = 60;
    private static final int LENGTH = 40;

    private static RandomProgram program(SplittableRandom random, boolean smoothOnly) {
        int n = 1 + random.nextInt(6);
        int m = 1 + random.nextInt(5);
        return new RandomProgram(random, n, LENGTH, m, smoothOnly);
    }

    private static Vector point(SplittableRandom random, int n) {
        return Vector.fromFunction(n, i -> 4 * random.nextDouble() - 2);
    }

    @Test
    void reverseModeEqualsForwardModeToSecondOrder() {
        SplittableRandom random = new SplittableRandom(20261121L);
        for (int p = 0; p < PROGRAMS; p++) {
            RandomProgram prog = program(random, false);
            Vector x = point(random, prog.inputs);
            Vector v = point(random, prog.inputs);
            for (int k = 0; k < prog.outputs; k++) {
                ScalarField f = prog.output(k);
                Vector grad = f.gradient(x);
                Matrix hess = f.hessian(x);
                for (int j = 0; j < prog.inputs; j++) {
                    // ∂f/∂xⱼ and ∂²f/∂xⱼ²: x_j as the jet xⱼ + ε, the other inputs constant
                    Dual[] d = new Dual[prog.inputs];
                    for (int i = 0; i < prog.inputs; i++) {
                        d[i] = i == j ? Dual.variable(x.get(i), 2) : Dual.constant(x.get(i));
                    }
                    Dual y = prog.run(d)[k];
                    String where = "program " + p + ", output " + k + ", input " + j;
                    assertRelative(y.derivative(1), grad.get(j), EXACT, where + ": gradient");
                    assertRelative(y.derivative(2), hess.get(j, j), EXACT, where + ": Hessian diagonal");
                }
                // vᵀ∇²f v = d²/dt² f(x + tv) at 0: the jet with coefficients (xᵢ, vᵢ, 0)
                Dual[] d = new Dual[prog.inputs];
                for (int i = 0; i < prog.inputs; i++) {
                    d[i] = Dual.ofCoefficients(x.get(i), v.get(i), 0);
                }
                Dual y = prog.run(d)[k];
                assertRelative(y.derivative(2), v.dot(hess.times(v)), EXACT, "program " + p + ": vᵀHv");
                assertRelative(y.derivative(2), v.dot(f.hessianVectorProduct(x, v)), EXACT, "program " + p + ": vᵀ(Hv)");
                assertRelative(y.derivative(1), grad.dot(v), EXACT, "program " + p + ": ∇f·v");
            }
        }
    }

    @Test
    void forwardAndReverseJacobiansAgreeAndTheirRowsAreGradients() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int p = 0; p < PROGRAMS; p++) {
            RandomProgram prog = program(random, false);
            Vector x = point(random, prog.inputs);
            VectorField field = prog.field();
            Matrix forward = field.jacobian(x, JacobianMode.FORWARD);
            Matrix reverse = field.jacobian(x, JacobianMode.REVERSE);
            Matrix cheaper = field.jacobian(x);
            assertEquals(prog.outputs, forward.rows());
            assertEquals(prog.inputs, forward.cols());
            for (int k = 0; k < prog.outputs; k++) {
                Vector grad = prog.output(k).gradient(x);
                for (int j = 0; j < prog.inputs; j++) {
                    String where = "program " + p + ", J[" + k + "][" + j + "]";
                    assertRelative(reverse.get(k, j), forward.get(k, j), EXACT, where + ": forward vs reverse");
                    assertRelative(grad.get(j), reverse.get(k, j), EXACT, where + ": row = gradient");
                    assertRelative(grad.get(j), cheaper.get(k, j), EXACT, where + ": cheaper mode");
                }
            }
        }
    }

    @Test
    void jacobianVectorAndVectorJacobianProductsAreConsistent() {
        SplittableRandom random = new SplittableRandom(99L);
        for (int p = 0; p < PROGRAMS; p++) {
            RandomProgram prog = program(random, false);
            Vector x = point(random, prog.inputs);
            Vector v = point(random, prog.inputs);
            Vector u = point(random, prog.outputs);
            VectorField field = prog.field();
            Matrix j = field.jacobian(x);
            Vector jv = field.jvp(x, v);
            Vector jtu = field.vjp(x, u);
            Vector expectedJv = j.times(v);
            Vector expectedJtu = j.transpose().times(u);
            for (int k = 0; k < prog.outputs; k++) {
                assertRelative(expectedJv.get(k), jv.get(k), EXACT, "program " + p + ": (Jv)" + k);
            }
            for (int i = 0; i < prog.inputs; i++) {
                assertRelative(expectedJtu.get(i), jtu.get(i), EXACT, "program " + p + ": (Jᵀu)" + i);
            }
            double scale = Math.max(1, u.norm() * j.norm() * v.norm());
            assertEquals(u.dot(jv), jtu.dot(v), EXACT * scale, "program " + p + ": uᵀ(Jv) = (Jᵀu)ᵀv");
        }
    }

    @Test
    void gradientsAndHessiansMatchCentralDifferences() {
        SplittableRandom random = new SplittableRandom(12345L);
        for (int p = 0; p < PROGRAMS; p++) {
            RandomProgram prog = program(random, true);
            Vector x = point(random, prog.inputs);
            ScalarField f = prog.output(0);
            Vector ad = f.gradient(x);
            Vector fd = NumericDerivatives.gradient(f, x);
            double scale = Math.max(1, Math.abs(f.applyAsDouble(x)));
            for (int j = 0; j < prog.inputs; j++) {
                assertEquals(fd.get(j), ad.get(j), CENTRAL * Math.max(scale, Math.abs(fd.get(j))),
                        "program " + p + ": ∂f/∂x" + j);
            }
            // the raw forward-over-reverse Hessian (before symmetrization) is symmetric to rounding
            Tape tape = new Tape();
            Var[] vars = tape.variables(x);
            double[][] raw = tape.hessian(prog.run(vars)[0], vars);
            Matrix numeric = NumericDerivatives.hessian(f, x);
            for (int i = 0; i < prog.inputs; i++) {
                for (int j = 0; j < prog.inputs; j++) {
                    assertRelative(raw[j][i], raw[i][j], EXACT, "program " + p + ": H symmetric at " + i + j);
                    assertEquals(numeric.get(i, j), raw[i][j],
                            SECOND_CENTRAL * Math.max(scale, Math.abs(numeric.get(i, j))),
                            "program " + p + ": H" + i + j + " vs second central differences");
                }
            }
        }
    }
}
