package dev.polya.multivariable.autodiff;

import dev.polya.core.InvalidArgumentException;

/**
 * A scalar of reverse-mode automatic differentiation (chapter 16): a handle (tape, node) to a value
 * recorded on a {@link Tape}, or a plain constant without a tape.
 *
 * <p>Computing with Vars records the computation: {@code x.times(y).plus(x.sin())} appends a product, a sine
 * and a sum to x's tape, each with its value and local partial derivatives, and the tape's reverse sweep
 * then gives ∂z/∂x for every input at once. The handle is tiny and immutable; all data lives in the tape's
 * arrays. A constant ({@link #constant}, or any Var computed only from constants) records nothing, so a
 * function written over Vars evaluates on plain doubles at about their cost: this is how
 * {@link ScalarField#applyAsDouble} runs.
 *
 * <p>Every elementary function of the forward mode ({@link dev.polya.calculus.autodiff.Dual}) is here, with
 * the same conventions at kinks (relu′(0) = 0, |x|′ = sign x with sign 0 = 0, min and max split ½–½ at a
 * tie) and NaN outside a function's domain, as {@code Math} gives. Method names follow Kotlin's operator
 * conventions, so Kotlin writes {@code x * y + sin(x)}; the static {@code plus(c, x)}, {@code minus(c, x)},
 * {@code times(c, x)}, {@code div(c, x)} are the left-scalar forms for Java.
 *
 * <p>Cost: one row written to the tape per operation (plus the value and the partials: a transcendental
 * function costs its value and one derivative). Failure modes: combining Vars of two different tapes, or a
 * Var recorded before its tape was reset, throws {@link InvalidArgumentException} naming both.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, chapter 3.
 */
public final class Var implements Comparable<Var> {

    /** The tape, or null for a constant. */
    final Tape tape;
    /** The node on the tape, −1 for a constant. */
    final int index;
    /** The tape's generation when the node was recorded (a reset makes the Var stale). */
    final int generation;
    private final double value;

    /** A node of a tape, or with tape = null (and index −1) a constant. */
    Var(Tape tape, int index, double value) {
        this.tape = tape;
        this.index = index;
        this.generation = tape == null ? 0 : tape.generation;
        this.value = value;
    }

    private Var(double value) {
        this.tape = null;
        this.index = -1;
        this.generation = 0;
        this.value = value;
    }

    /**
     * A constant: no tape, derivative 0 with respect to everything.
     *
     * @param c the value
     * @return c as a Var
     */
    public static Var constant(double c) {
        return new Var(c);
    }

    /**
     * @return the value of this scalar
     */
    public double value() {
        return value;
    }

    /**
     * @return whether this is a constant (no tape: nothing was recorded for it)
     */
    public boolean isConstant() {
        return tape == null;
    }

    // ------------------------------------------------------------------ arithmetic

    /**
     * @param o another scalar (of the same tape, or a constant)
     * @return this + o
     */
    public Var plus(Var o) {
        return binary(Primitive.PLUS, o);
    }

    /**
     * @param c a constant
     * @return this + c
     */
    public Var plus(double c) {
        return unary(Primitive.PLUS_CONSTANT, c);
    }

    /**
     * @param o another scalar
     * @return this − o
     */
    public Var minus(Var o) {
        return binary(Primitive.MINUS, o);
    }

    /**
     * @param c a constant
     * @return this − c
     */
    public Var minus(double c) {
        return unary(Primitive.PLUS_CONSTANT, -c);
    }

    /**
     * @param o another scalar
     * @return this·o
     */
    public Var times(Var o) {
        return binary(Primitive.TIMES, o);
    }

    /**
     * @param c a constant
     * @return c·this
     */
    public Var times(double c) {
        return unary(Primitive.TIMES_CONSTANT, c);
    }

    /**
     * @param o another scalar
     * @return this/o
     */
    public Var div(Var o) {
        return binary(Primitive.DIV, o);
    }

    /**
     * @param c a constant
     * @return this/c
     */
    public Var div(double c) {
        return unary(Primitive.DIV_CONSTANT, c);
    }

    /**
     * @return −this
     */
    public Var unaryMinus() {
        return unary(Primitive.NEGATE);
    }

    /**
     * @param c a constant
     * @param x a scalar
     * @return c + x
     */
    public static Var plus(double c, Var x) {
        return x.plus(c);
    }

    /**
     * @param c a constant
     * @param x a scalar
     * @return c − x
     */
    public static Var minus(double c, Var x) {
        return x.unary(Primitive.CONSTANT_MINUS, c);
    }

    /**
     * @param c a constant
     * @param x a scalar
     * @return c·x
     */
    public static Var times(double c, Var x) {
        return x.times(c);
    }

    /**
     * @param c a constant
     * @param x a scalar
     * @return c/x
     */
    public static Var div(double c, Var x) {
        return x.unary(Primitive.CONSTANT_DIV, c);
    }

    /**
     * The sum of several scalars, x₁ + x₂ + … + xₖ (0 for none), recorded as k − 1 additions.
     *
     * @param terms the scalars
     * @return their sum
     */
    public static Var sum(Var... terms) {
        if (terms.length == 0) {
            return constant(0);
        }
        Var s = terms[0];
        for (int i = 1; i < terms.length; i++) {
            s = s.plus(terms[i]);
        }
        return s;
    }

    // ------------------------------------------------------------------ powers

    /**
     * An integer power xⁿ (x⁰ = 1 everywhere, negative bases allowed).
     *
     * @param n the exponent
     * @return thisⁿ
     */
    public Var pow(int n) {
        return unary(Primitive.POW_CONSTANT, n);
    }

    /**
     * A real power xʳ; for a non-integral r the base must be positive (NaN otherwise; the derivative is
     * infinite at 0 for r &lt; 1).
     *
     * @param r the exponent
     * @return thisʳ
     */
    public Var pow(double r) {
        return unary(Primitive.POW_CONSTANT, r);
    }

    /**
     * x^y = e^(y log x) with both arguments variable; the base must be positive unless y is a constant.
     *
     * @param y the exponent
     * @return this^y
     */
    public Var pow(Var y) {
        return y.isConstant() ? pow(y.value) : binary(Primitive.POW, y);
    }

    // ------------------------------------------------------------------ elementary functions

    /**
     * @return eˣ
     */
    public Var exp() {
        return unary(Primitive.EXP);
    }

    /**
     * @return eˣ − 1, accurate for small x
     */
    public Var expm1() {
        return unary(Primitive.EXPM1);
    }

    /**
     * @return the natural logarithm log x (NaN for x &lt; 0)
     */
    public Var log() {
        return unary(Primitive.LOG);
    }

    /**
     * @return log(1 + x), accurate for small x
     */
    public Var log1p() {
        return unary(Primitive.LOG1P);
    }

    /**
     * @return √x (derivative +∞ at 0)
     */
    public Var sqrt() {
        return unary(Primitive.SQRT);
    }

    /**
     * @return sin x
     */
    public Var sin() {
        return unary(Primitive.SIN);
    }

    /**
     * @return cos x
     */
    public Var cos() {
        return unary(Primitive.COS);
    }

    /**
     * @return tan x
     */
    public Var tan() {
        return unary(Primitive.TAN);
    }

    /**
     * @return asin x (NaN outside [−1, 1])
     */
    public Var asin() {
        return unary(Primitive.ASIN);
    }

    /**
     * @return acos x (NaN outside [−1, 1])
     */
    public Var acos() {
        return unary(Primitive.ACOS);
    }

    /**
     * @return atan x
     */
    public Var atan() {
        return unary(Primitive.ATAN);
    }

    /**
     * @return sinh x
     */
    public Var sinh() {
        return unary(Primitive.SINH);
    }

    /**
     * @return cosh x
     */
    public Var cosh() {
        return unary(Primitive.COSH);
    }

    /**
     * @return tanh x
     */
    public Var tanh() {
        return unary(Primitive.TANH);
    }

    /**
     * @return asinh x
     */
    public Var asinh() {
        return unary(Primitive.ASINH);
    }

    /**
     * @return acosh x (NaN below 1)
     */
    public Var acosh() {
        return unary(Primitive.ACOSH);
    }

    /**
     * @return atanh x (±∞ at ±1, NaN beyond)
     */
    public Var atanh() {
        return unary(Primitive.ATANH);
    }

    /**
     * @return the logistic sigmoid σ(x) = 1/(1 + e⁻ˣ)
     */
    public Var sigmoid() {
        return unary(Primitive.SIGMOID);
    }

    /**
     * @return softplus(x) = log(1 + eˣ), whose derivative is σ(x)
     */
    public Var softplus() {
        return unary(Primitive.SOFTPLUS);
    }

    /**
     * @return ReLU(x) = max(x, 0), with relu′(0) = 0
     */
    public Var relu() {
        return unary(Primitive.RELU);
    }

    /**
     * @return |x|, with derivative sign x and sign 0 = 0
     */
    public Var abs() {
        return unary(Primitive.ABS);
    }

    /**
     * @return x²
     */
    public Var square() {
        return unary(Primitive.SQUARE);
    }

    /**
     * @return 1/x
     */
    public Var reciprocal() {
        return unary(Primitive.RECIPROCAL);
    }

    /**
     * The angle of the point (x, y), in (−π, π]: ∂/∂y = x/(x² + y²), ∂/∂x = −y/(x² + y²).
     *
     * @param y the ordinate
     * @param x the abscissa
     * @return atan2(y, x)
     */
    public static Var atan2(Var y, Var x) {
        return y.binary(Primitive.ATAN2, x);
    }

    /**
     * The larger of two scalars (by value); at a tie the derivative is split ½–½.
     *
     * @param o another scalar
     * @return max(this, o)
     */
    public Var max(Var o) {
        return binary(Primitive.MAX, o);
    }

    /**
     * The smaller of two scalars (by value); at a tie the derivative is split ½–½.
     *
     * @param o another scalar
     * @return min(this, o)
     */
    public Var min(Var o) {
        return binary(Primitive.MIN, o);
    }

    /**
     * @param c a constant
     * @return max(this, c) (derivative ½ at a tie)
     */
    public Var max(double c) {
        return unary(Primitive.MAX_CONSTANT, c);
    }

    /**
     * @param c a constant
     * @return min(this, c) (derivative ½ at a tie)
     */
    public Var min(double c) {
        return unary(Primitive.MIN_CONSTANT, c);
    }

    // ------------------------------------------------------------------ comparison

    /**
     * Compares values only, as {@link Double#compare}.
     *
     * @param o another scalar
     * @return negative, zero or positive as this value is below, equal to or above o's
     */
    @Override
    public int compareTo(Var o) {
        return Double.compare(value, o.value);
    }

    /**
     * Compares the value with a constant, so that Kotlin can write {@code if (x < 0.0)}.
     *
     * @param c a constant
     * @return negative, zero or positive as this value is below, equal to or above c
     */
    public int compareTo(double c) {
        return Double.compare(value, c);
    }

    /**
     * @return {@code 2.5 (node 3 of tape #1)} or {@code 2.5 (constant)}
     */
    @Override
    public String toString() {
        return value + " (" + (tape == null ? "constant" : "node " + index + " of tape #" + tape.id()) + ")";
    }

    // ------------------------------------------------------------------ recording

    // Each recording method allocates its result at one site, for a constant and a taped node alike: C2's
    // escape analysis then removes the temporaries of an expression (x.sin().times(y)) even when the same
    // code also runs on constants; with two allocation sites merging it keeps them (see the package notes).

    /** Records y = φ(this) for a primitive that has no constant (its methods ignore c). */
    private Var unary(Primitive op) {
        double a = value;
        double y = op.value(a, 0, 0);
        Tape t = tape;
        int i = -1;
        if (t != null) {
            if (generation != t.generation) {
                throw t.staleError(this);
            }
            i = t.pushUnary(op, index, y, op.da(a, 0, 0, y));
        }
        return new Var(t, i, y);
    }

    /** Records y = φ(this) with the constant c. */
    private Var unary(Primitive op, double c) {
        double a = value;
        double y = op.value(a, 0, c);
        Tape t = tape;
        int i = -1;
        if (t != null) {
            if (generation != t.generation) {
                throw t.staleError(this);
            }
            i = t.pushUnary(op, index, y, op.da(a, 0, c, y), c);
        }
        return new Var(t, i, y);
    }

    /**
     * Records y = φ(this, o). The common case, two live Vars of one tape, is handled here; constants and errors
     * are in a separate method, so that this one stays small enough to inline.
     */
    private Var binary(Primitive op, Var o) {
        double a = value;
        double b = o.value;
        double y = op.value(a, b, 0);
        Tape t = tape;
        int i;
        if (t != null && o.tape == t && generation == t.generation && o.generation == t.generation) {
            i = t.pushBinary(op, index, o.index, y, op.da(a, b, 0, y), op.db(a, b, 0, y));
        } else {
            t = t != null ? t : o.tape;
            i = t == null ? -1 : recordWithConstantOrError(t, op, o, y);
        }
        return new Var(t, i, y);
    }

    /** The rest of {@link #binary}: constants (which enter the graph as constant leaves) and the errors. */
    private int recordWithConstantOrError(Tape t, Primitive op, Var o, double y) {
        if (tape != null && o.tape != null && o.tape != t) {
            throw new InvalidArgumentException("Var: cannot combine " + describe() + " with " + o.describe()
                    + ": they belong to different tapes; record the whole computation on one tape (or use constants)");
        }
        double a = value;
        double b = o.value;
        int ia = t.operand(this);
        int ib = t.operand(o);
        return t.pushBinary(op, ia, ib, y, op.da(a, b, 0, y), op.db(a, b, 0, y));
    }

    /** {@code node 3 of tape #1 (value 2.5)} or {@code constant 2.5}, for error messages. */
    String describe() {
        return tape == null ? "constant " + value : "node " + index + " of " + tape + " (value " + value + ")";
    }
}
