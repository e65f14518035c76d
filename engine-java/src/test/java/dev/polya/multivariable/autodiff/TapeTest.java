package dev.polya.multivariable.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polya.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/**
 * The computational graph itself: gradients accumulate through reused nodes, constants record nothing,
 * the tape grows linearly with the operations and can be reset and reused, and Vars from another tape (or
 * from before a reset) are rejected with a message that names them.
 */
class TapeTest {

    /** Exact arithmetic on small integers and dyadic numbers: no rounding at all. */
    private static final double EXACT = 0.0;
    private static final double ROUNDING = 1e-15;

    @Test
    void theBookExampleOfAProductAndASine() {
        // z = xy + sin x at (2, 3): ∂z/∂x = y + cos x, ∂z/∂y = x
        Tape tape = new Tape();
        Var x = tape.variable(2);
        Var y = tape.variable(3);
        Var z = x.times(y).plus(x.sin());
        assertEquals(6 + Math.sin(2), z.value(), ROUNDING);
        assertArrayEquals(new double[] {3 + Math.cos(2), 2}, tape.gradient(z, x, y), ROUNDING);
    }

    @Test
    void gradientsAccumulateThroughReusedNodes() {
        Tape tape = new Tape();
        Var x = tape.variable(3);
        // x·x uses the node x twice: d/dx = 2x
        assertEquals(6, tape.gradient(x.times(x), x)[0], EXACT);
        // y = x + x, z = y·y = 4x²: dz/dx = 8x, dz/dy = 2y
        Var y = x.plus(x);
        Var z = y.times(y);
        assertEquals(36, z.value(), EXACT);
        assertArrayEquals(new double[] {24, 12}, tape.gradient(z, x, y), EXACT);
        // a diamond: u = x², v = u + u·x, w = u·v = x⁴ + x⁵: dw/dx = 4x³ + 5x⁴
        Var u = x.square();
        Var w = u.times(u.plus(u.times(x)));
        assertEquals(4 * 27 + 5 * 81, tape.gradient(w, x)[0], EXACT);
        // the Hessian accumulates the same way: d²w/dx² = 12x² + 20x³
        assertEquals(12 * 9 + 20 * 27, tape.hessian(w, x)[0][0], EXACT);
    }

    @Test
    void aNodeRecordedAfterTheOutputHasNoInfluence() {
        Tape tape = new Tape();
        Var x = tape.variable(1.5);
        Var z = x.sin();
        Var later = z.exp();
        assertEquals(0, tape.gradient(z, later)[0], EXACT);
        assertEquals(Math.exp(Math.sin(1.5)), tape.gradient(later, z)[0], ROUNDING);
    }

    @Test
    void constantsRecordNothing() {
        Tape tape = new Tape();
        Var x = tape.variable(0.5);
        int before = tape.size();
        Var c = Var.constant(0.5).sin().times(3).plus(Var.constant(2).square());
        assertTrue(c.isConstant());
        assertEquals(3 * Math.sin(0.5) + 4, c.value(), ROUNDING);
        assertEquals(before, tape.size());
        // a constant output has gradient 0; a constant operand enters the graph as a leaf
        assertEquals(0, tape.gradient(c, x)[0], EXACT);
        Var y = x.times(c);
        assertEquals(c.value(), tape.gradient(y, x)[0], EXACT);
        assertEquals(before + 2, tape.size());
    }

    @Test
    void theTapeGrowsLinearlyWithTheOperations() {
        // Σ sin(xᵢ)·xᵢ₊₁ over n variables: n leaves, n − 1 sines, n − 1 products, n − 2 sums = 4n − 4 nodes
        for (int n : new int[] {10, 1000, 100_000}) {
            Tape tape = new Tape();
            Var[] x = tape.variables(new double[n]);
            Var s = x[0].sin().times(x[1]);
            for (int i = 1; i + 1 < n; i++) {
                s = s.plus(x[i].sin().times(x[i + 1]));
            }
            assertEquals(4 * n - 4, tape.size());
            assertTrue(tape.capacity() < 2 * tape.size() + 64, "capacity " + tape.capacity() + " for " + tape.size());
        }
    }

    @Test
    void aResetTapeIsReusedWithoutGrowing() {
        Tape tape = new Tape();
        for (int round = 0; round < 3; round++) {
            tape.reset();
            Var x = tape.variable(round);
            Var y = x.square().times(x);
            assertEquals(3.0 * round * round, tape.gradient(y, x)[0], EXACT);
        }
        int capacity = tape.capacity();
        tape.reset();
        assertEquals(0, tape.size());
        assertEquals(capacity, tape.capacity());
    }

    @Test
    void aVarFromBeforeAResetIsRejected() {
        Tape tape = new Tape();
        Var old = tape.variable(1);
        tape.reset();
        Var fresh = tape.variable(2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> old.plus(fresh));
        assertTrue(e.getMessage().contains("reset"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> old.sin());
        assertThrows(InvalidArgumentException.class, () -> tape.gradient(fresh, old));
    }

    @Test
    void mixingTapesIsAnErrorThatNamesBoth() {
        Tape first = new Tape();
        Tape second = new Tape();
        Var x = first.variable(1);
        Var y = second.variable(2);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> x.times(y));
        assertTrue(e.getMessage().contains(first.toString().substring(0, first.toString().indexOf(' ', 5)))
                && e.getMessage().contains("different tapes"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> first.gradient(x, y));
        assertTrue(e.getMessage().contains("is not part of"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> second.gradient(x, y));
        assertThrows(InvalidArgumentException.class, () -> first.gradient(x, Var.constant(1)));
        assertThrows(InvalidArgumentException.class, () -> new Tape(0));
        Var intermediate = x.sin();
        e = assertThrows(InvalidArgumentException.class, () -> first.hessian(intermediate.square(), intermediate));
        assertTrue(e.getMessage().contains("not an independent variable"), e.getMessage());
    }

    @Test
    void describesItself() {
        Tape tape = new Tape();
        Var x = tape.variable(2.5);
        assertTrue(x.toString().startsWith("2.5 (node 0 of tape #"), x.toString());
        assertEquals("2.5 (constant)", Var.constant(2.5).toString());
        assertTrue(x.compareTo(3.0) < 0 && x.compareTo(Var.constant(2.5)) == 0);
        assertEquals(6.0, Var.sum(x, x, Var.constant(1)).value(), EXACT);
        assertEquals(0.0, Var.sum().value(), EXACT);
    }
}
