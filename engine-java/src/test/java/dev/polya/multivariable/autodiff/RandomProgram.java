package dev.polya.multivariable.autodiff;

import dev.polya.calculus.autodiff.Dual;
import java.util.SplittableRandom;

/**
 * A seeded random straight-line program over n inputs: each instruction appends a register computed from one
 * or two earlier registers (often the same register twice, so nodes are reused), with every elementary
 * operation wrapped to map ℝ into its own domain. The same program runs on reverse-mode {@link Var}s and on
 * forward-mode {@link Dual} numbers — two independent implementations of the same derivatives.
 */
final class RandomProgram {

    /** The operations; each maps finite values to finite values of moderate size. */
    enum Op {
        SIN, COS, TAN, EXP, EXPM1, LOG, LOG1P, SQRT, ASIN, ACOS, ATAN, SINH, COSH, TANH, ASINH, ACOSH, ATANH,
        SIGMOID, SOFTPLUS, SQUARE, POW_INT, POW_REAL, RECIPROCAL, NEGATE, AFFINE, CONSTANT_MINUS, CONSTANT_OVER,
        PLUS, MINUS, TIMES, DIV, POW, ATAN2, MAX, MIN, RELU, ABS
    }

    /** Operations with a kink, left out where results are compared with finite differences. */
    static final int SMOOTH = Op.MAX.ordinal();

    final int inputs;
    final int outputs;
    private final Op[] ops;
    private final int[] a;
    private final int[] b;

    RandomProgram(SplittableRandom random, int inputs, int length, int outputs, boolean smoothOnly) {
        this.inputs = inputs;
        this.outputs = outputs;
        ops = new Op[length];
        a = new int[length];
        b = new int[length];
        int kinds = smoothOnly ? SMOOTH : Op.values().length;
        for (int k = 0; k < length; k++) {
            int registers = inputs + k;
            ops[k] = Op.values()[random.nextInt(kinds)];
            // mostly recent registers (depth), sometimes any (reuse of early nodes and inputs)
            a[k] = random.nextInt(3) == 0 ? random.nextInt(registers)
                    : Math.max(0, registers - 1 - random.nextInt(Math.min(registers, 4)));
            b[k] = random.nextInt(4) == 0 ? a[k] : random.nextInt(registers);
        }
    }

    /** The program on Vars; the outputs are its last registers. */
    Var[] run(Var[] x) {
        Var[] r = new Var[inputs + ops.length];
        System.arraycopy(x, 0, r, 0, inputs);
        for (int k = 0; k < ops.length; k++) {
            Var p = r[a[k]];
            Var q = r[b[k]];
            r[inputs + k] = switch (ops[k]) {
                case SIN -> p.sin();
                case COS -> p.cos();
                case TAN -> p.tanh().tan();
                case EXP -> p.sin().exp();
                case EXPM1 -> p.cos().expm1();
                case LOG -> p.sin().plus(1.5).log();
                case LOG1P -> p.square().log1p();
                case SQRT -> p.cos().plus(2).sqrt();
                case ASIN -> p.tanh().times(0.9).asin();
                case ACOS -> p.sin().times(0.8).acos();
                case ATAN -> p.atan();
                case SINH -> p.tanh().times(2).sinh();
                case COSH -> p.sin().cosh();
                case TANH -> p.tanh();
                case ASINH -> p.asinh();
                case ACOSH -> p.square().plus(1.1).acosh();
                case ATANH -> p.tanh().times(0.9).atanh();
                case SIGMOID -> p.sigmoid();
                case SOFTPLUS -> p.softplus();
                case SQUARE -> p.tanh().square();
                case POW_INT -> p.sin().pow(3);
                case POW_REAL -> p.sin().plus(1.2).pow(1.7);
                case RECIPROCAL -> p.square().plus(1).reciprocal();
                case NEGATE -> p.unaryMinus();
                case AFFINE -> p.times(0.7).minus(0.2).div(1.1);
                case CONSTANT_MINUS -> Var.minus(1, p);
                case CONSTANT_OVER -> Var.div(1, p.cos().plus(2));
                case PLUS -> p.plus(q);
                case MINUS -> p.minus(q);
                case TIMES -> p.times(q.tanh());
                case DIV -> p.div(q.square().plus(1));
                case POW -> p.sin().plus(1.5).pow(q.tanh());
                case ATAN2 -> Var.atan2(p, q.square().plus(0.5));
                case MAX -> p.max(q);
                case MIN -> p.min(q);
                case RELU -> p.relu();
                case ABS -> p.abs();
            };
        }
        Var[] y = new Var[outputs];
        System.arraycopy(r, r.length - outputs, y, 0, outputs);
        return y;
    }

    /** The same program on dual numbers. */
    Dual[] run(Dual[] x) {
        Dual[] r = new Dual[inputs + ops.length];
        System.arraycopy(x, 0, r, 0, inputs);
        for (int k = 0; k < ops.length; k++) {
            Dual p = r[a[k]];
            Dual q = r[b[k]];
            r[inputs + k] = switch (ops[k]) {
                case SIN -> p.sin();
                case COS -> p.cos();
                case TAN -> p.tanh().tan();
                case EXP -> p.sin().exp();
                case EXPM1 -> p.cos().expm1();
                case LOG -> p.sin().plus(1.5).log();
                case LOG1P -> p.square().log1p();
                case SQRT -> p.cos().plus(2).sqrt();
                case ASIN -> p.tanh().times(0.9).asin();
                case ACOS -> p.sin().times(0.8).acos();
                case ATAN -> p.atan();
                case SINH -> p.tanh().times(2).sinh();
                case COSH -> p.sin().cosh();
                case TANH -> p.tanh();
                case ASINH -> p.asinh();
                case ACOSH -> p.square().plus(1.1).acosh();
                case ATANH -> p.tanh().times(0.9).atanh();
                case SIGMOID -> p.sigmoid();
                case SOFTPLUS -> p.softplus();
                case SQUARE -> p.tanh().square();
                case POW_INT -> p.sin().pow(3);
                case POW_REAL -> p.sin().plus(1.2).pow(1.7);
                case RECIPROCAL -> p.square().plus(1).reciprocal();
                case NEGATE -> p.unaryMinus();
                case AFFINE -> p.times(0.7).minus(0.2).div(1.1);
                case CONSTANT_MINUS -> Dual.minus(1, p);
                case CONSTANT_OVER -> Dual.div(1, p.cos().plus(2));
                case PLUS -> p.plus(q);
                case MINUS -> p.minus(q);
                case TIMES -> p.times(q.tanh());
                case DIV -> p.div(q.square().plus(1));
                case POW -> p.sin().plus(1.5).pow(q.tanh());
                case ATAN2 -> Dual.atan2(p, q.square().plus(0.5));
                case MAX -> p.max(q);
                case MIN -> p.min(q);
                case RELU -> p.relu();
                case ABS -> p.abs();
            };
        }
        Dual[] y = new Dual[outputs];
        System.arraycopy(r, r.length - outputs, y, 0, outputs);
        return y;
    }

    /** The program as a vector field. */
    VectorField field() {
        return this::run;
    }

    /** Output k of the program as a scalar field. */
    ScalarField output(int k) {
        return x -> run(x)[k];
    }
}
