package dev.polya.multivariable.autodiff;

import dev.polya.calculus.ElementaryFunctions;

/**
 * The primitive operations a {@link Tape} records, each with its value and its first and second partial
 * derivatives: the one place where reverse mode's calculus lives (chapter 16).
 *
 * <p>A node y = φ(a) or y = φ(a, b) (c is a constant baked into the node, e.g. the exponent of xᶜ) stores
 * ∂φ/∂a and ∂φ/∂b when it is recorded; the reverse sweep only multiplies and adds them
 * (ā += ȳ·∂φ/∂a). The Hessian sweep (forward over reverse) also needs ∂²φ/∂a², ∂²φ/∂a∂b and ∂²φ/∂b², which
 * are computed here from a, b, c and the value y. The conventions at kinks are those of
 * {@link dev.polya.calculus.autodiff.Dual} (PyTorch and JAX): relu′(0) = 0, |x|′ = sign x with sign 0 = 0,
 * and at a tie min and max split the derivative half and half.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 16; A. Griewank and A. Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., SIAM 2008, §2.2 (elemental functions) and §5.2 (second-order
 * adjoints).
 */
enum Primitive {

    /** An independent variable: a leaf the sweeps seed. */
    VARIABLE(0) {
        @Override
        double value(double a, double b, double c) {
            return c;
        }
    },
    /** A constant that entered the graph as an operand (a {@link Var} without a tape): a leaf held fixed. */
    CONSTANT(0) {
        @Override
        double value(double a, double b, double c) {
            return c;
        }
    },

    // ---------------------------------------------------------------- linear in a (no second derivative)

    /** −a: ∂ = −1. */
    NEGATE(1) {
        @Override
        double value(double a, double b, double c) {
            return -a;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -1;
        }
    },
    /** a + c: ∂ = 1. */
    PLUS_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return a + c;
        }
    },
    /** c − a: ∂ = −1. */
    CONSTANT_MINUS(1) {
        @Override
        double value(double a, double b, double c) {
            return c - a;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -1;
        }
    },
    /** c·a: ∂ = c. */
    TIMES_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return a * c;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return c;
        }
    },
    /** a/c: ∂ = 1/c (a division, not a product with 1/c, so that values match the same code on doubles). */
    DIV_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return a / c;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / c;
        }
    },
    /** max(a, c): ∂ = 1 above c, 0 below, ½ at a tie. */
    MAX_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.max(a, c);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a > c ? 1 : a < c ? 0 : 0.5;
        }
    },
    /** min(a, c): ∂ = 1 below c, 0 above, ½ at a tie. */
    MIN_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.min(a, c);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a < c ? 1 : a > c ? 0 : 0.5;
        }
    },
    /** ReLU(a) = max(a, 0): ∂ = 1 for a &gt; 0, else 0. */
    RELU(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.relu(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a > 0 ? 1 : 0;
        }
    },
    /** |a|: ∂ = sign a, sign 0 = 0. */
    ABS(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.abs(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a > 0 ? 1 : a < 0 ? -1 : a == 0 ? 0 : Double.NaN;
        }
    },

    // ---------------------------------------------------------------- powers

    /** c/a: ∂ = −c/a² = −y/a, ∂² = 2c/a³ = 2y/a². */
    CONSTANT_DIV(1) {
        @Override
        double value(double a, double b, double c) {
            return c / a;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -c / (a * a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return 2 * c / (a * a * a);
        }
    },
    /** a²: ∂ = 2a, ∂² = 2. */
    SQUARE(1) {
        @Override
        double value(double a, double b, double c) {
            return a * a;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 2 * a;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return 2;
        }
    },
    /** 1/a: ∂ = −1/a², ∂² = 2/a³. */
    RECIPROCAL(1) {
        @Override
        double value(double a, double b, double c) {
            return 1 / a;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -y * y;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return 2 * y * y * y;
        }
    },
    /** aᶜ: ∂ = c·aᶜ⁻¹, ∂² = c(c − 1)·aᶜ⁻² (exactly 0 for c = 0, and ∂² = 0 for c = 1, also at a = 0). */
    POW_CONSTANT(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.pow(a, c);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return c == 0 ? 0 : c * Math.pow(a, c - 1);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return c == 0 || c == 1 ? 0 : c * (c - 1) * Math.pow(a, c - 2);
        }
    },
    /** √a: ∂ = 1/(2√a), ∂² = −1/(4a√a). */
    SQRT(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.sqrt(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 0.5 / y;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -0.25 / (a * y);
        }
    },

    // ---------------------------------------------------------------- exponential and logarithm

    /** eᵃ: ∂ = ∂² = eᵃ. */
    EXP(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.exp(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return y;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return y;
        }
    },
    /** eᵃ − 1: ∂ = ∂² = eᵃ. */
    EXPM1(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.expm1(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return Math.exp(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return Math.exp(a);
        }
    },
    /** log a: ∂ = 1/a, ∂² = −1/a². */
    LOG(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.log(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / a;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -1 / (a * a);
        }
    },
    /** log(1 + a): ∂ = 1/(1 + a), ∂² = −1/(1 + a)². */
    LOG1P(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.log1p(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / (1 + a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -1 / ((1 + a) * (1 + a));
        }
    },

    // ---------------------------------------------------------------- trigonometric

    /** sin a: ∂ = cos a, ∂² = −sin a. */
    SIN(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.sin(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return Math.cos(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -y;
        }
    },
    /** cos a: ∂ = −sin a, ∂² = −cos a. */
    COS(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.cos(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -Math.sin(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -y;
        }
    },
    /** tan a: ∂ = 1 + tan², ∂² = 2 tan·(1 + tan²). */
    TAN(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.tan(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 + y * y;
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return 2 * y * (1 + y * y);
        }
    },
    /** asin a: ∂ = 1/√((1 − a)(1 + a)), ∂² = a·∂³. */
    ASIN(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.asin(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / Math.sqrt((1 - a) * (1 + a));
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return a * d * d * d;
        }
    },
    /** acos a: ∂ = −1/√((1 − a)(1 + a)), ∂² = −a/((1 − a)(1 + a))^{3/2}. */
    ACOS(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.acos(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return -1 / Math.sqrt((1 - a) * (1 + a));
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return a * d * d * d;
        }
    },
    /** atan a: ∂ = 1/(1 + a²), ∂² = −2a/(1 + a²)². */
    ATAN(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.atan(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / (1 + a * a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return -2 * a * d * d;
        }
    },

    // ---------------------------------------------------------------- hyperbolic

    /** sinh a: ∂ = cosh a, ∂² = sinh a. */
    SINH(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.sinh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return Math.cosh(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return y;
        }
    },
    /** cosh a: ∂ = sinh a, ∂² = cosh a. */
    COSH(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.cosh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return Math.sinh(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return y;
        }
    },
    /**
     * tanh a: ∂ = sech² a (as 1 − tanh² for |a| &lt; 0.55, else 4e/(1 + e)² with e = e^(−2|a|), which keeps
     * its relative accuracy where tanh rounds to ±1), ∂² = −2 tanh a · sech² a.
     */
    TANH(1) {
        @Override
        double value(double a, double b, double c) {
            return Math.tanh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            if (Math.abs(a) < 0.55) {
                return 1 - y * y;
            }
            double e = Math.exp(-2 * Math.abs(a));
            double q = 1 + e;
            return 4 * e / (q * q);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return -2 * y * da(a, b, c, y);
        }
    },
    /** asinh a: ∂ = 1/√(1 + a²), ∂² = −a·∂³. */
    ASINH(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.asinh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / Math.hypot(1, a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return -a * d * d * d;
        }
    },
    /** acosh a: ∂ = 1/√((a − 1)(a + 1)), ∂² = −a·∂³. */
    ACOSH(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.acosh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / Math.sqrt((a - 1) * (a + 1));
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return -a * d * d * d;
        }
    },
    /** atanh a: ∂ = 1/((1 − a)(1 + a)), ∂² = 2a·∂². */
    ATANH(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.atanh(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / ((1 - a) * (1 + a));
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double d = da(a, b, c, y);
            return 2 * a * d * d;
        }
    },

    // ---------------------------------------------------------------- machine-learning functions

    /** σ(a) = 1/(1 + e⁻ᵃ): ∂ = σ(a)σ(−a), ∂² = σ(a)σ(−a)(σ(−a) − σ(a)), accurate in both tails. */
    SIGMOID(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.sigmoid(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return y * ElementaryFunctions.sigmoid(-a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double q = ElementaryFunctions.sigmoid(-a);
            return y * q * (q - y);
        }
    },
    /** softplus(a) = log(1 + eᵃ): ∂ = σ(a), ∂² = σ(a)σ(−a). */
    SOFTPLUS(1) {
        @Override
        double value(double a, double b, double c) {
            return ElementaryFunctions.softplus(a);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return ElementaryFunctions.sigmoid(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return ElementaryFunctions.sigmoid(a) * ElementaryFunctions.sigmoid(-a);
        }
    },

    // ---------------------------------------------------------------- binary

    /** a + b: ∂a = ∂b = 1. */
    PLUS(2) {
        @Override
        double value(double a, double b, double c) {
            return a + b;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return 1;
        }
    },
    /** a − b: ∂a = 1, ∂b = −1. */
    MINUS(2) {
        @Override
        double value(double a, double b, double c) {
            return a - b;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return -1;
        }
    },
    /** a·b: ∂a = b, ∂b = a, ∂²/∂a∂b = 1. */
    TIMES(2) {
        @Override
        double value(double a, double b, double c) {
            return a * b;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return b;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return a;
        }

        @Override
        double dab(double a, double b, double c, double y) {
            return 1;
        }
    },
    /** a/b: ∂a = 1/b, ∂b = −a/b², ∂²/∂a∂b = −1/b², ∂²/∂b² = 2a/b³. */
    DIV(2) {
        @Override
        double value(double a, double b, double c) {
            return a / b;
        }

        @Override
        double da(double a, double b, double c, double y) {
            return 1 / b;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return -y / b;
        }

        @Override
        double dab(double a, double b, double c, double y) {
            return -1 / (b * b);
        }

        @Override
        double dbb(double a, double b, double c, double y) {
            return 2 * y / (b * b);
        }
    },
    /**
     * aᵇ = e^(b log a): ∂a = b·aᵇ⁻¹, ∂b = aᵇ log a (0 where aᵇ = 0), ∂²/∂a² = b(b − 1)aᵇ⁻²,
     * ∂²/∂a∂b = aᵇ⁻¹(1 + b log a), ∂²/∂b² = aᵇ log² a. The base must be positive (NaN otherwise, as for
     * log); with a constant exponent use {@link #POW_CONSTANT}.
     */
    POW(2) {
        @Override
        double value(double a, double b, double c) {
            return Math.pow(a, b);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return b == 0 ? 0 : b * Math.pow(a, b - 1);
        }

        @Override
        double db(double a, double b, double c, double y) {
            return y == 0 ? 0 : y * Math.log(a);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            return b == 0 || b == 1 ? 0 : b * (b - 1) * Math.pow(a, b - 2);
        }

        @Override
        double dab(double a, double b, double c, double y) {
            return y == 0 ? 0 : Math.pow(a, b - 1) * (1 + b * Math.log(a));
        }

        @Override
        double dbb(double a, double b, double c, double y) {
            double log = Math.log(a);
            return y == 0 ? 0 : y * log * log;
        }
    },
    /**
     * atan2(a, b), the angle of the point (b, a): with r² = a² + b², ∂a = b/r², ∂b = −a/r², ∂²/∂a² = −2ab/r⁴,
     * ∂²/∂a∂b = (a² − b²)/r⁴, ∂²/∂b² = 2ab/r⁴.
     */
    ATAN2(2) {
        @Override
        double value(double a, double b, double c) {
            return Math.atan2(a, b);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return b / (a * a + b * b);
        }

        @Override
        double db(double a, double b, double c, double y) {
            return -a / (a * a + b * b);
        }

        @Override
        double daa(double a, double b, double c, double y) {
            double r2 = a * a + b * b;
            return -2 * a * b / (r2 * r2);
        }

        @Override
        double dab(double a, double b, double c, double y) {
            double r2 = a * a + b * b;
            return (a * a - b * b) / (r2 * r2);
        }

        @Override
        double dbb(double a, double b, double c, double y) {
            double r2 = a * a + b * b;
            return 2 * a * b / (r2 * r2);
        }
    },
    /** max(a, b): the derivative of the larger; at a tie ½ each. */
    MAX(2) {
        @Override
        double value(double a, double b, double c) {
            return Math.max(a, b);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a > b ? 1 : a < b ? 0 : 0.5;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return 1 - da(a, b, c, y);
        }
    },
    /** min(a, b): the derivative of the smaller; at a tie ½ each. */
    MIN(2) {
        @Override
        double value(double a, double b, double c) {
            return Math.min(a, b);
        }

        @Override
        double da(double a, double b, double c, double y) {
            return a < b ? 1 : a > b ? 0 : 0.5;
        }

        @Override
        double db(double a, double b, double c, double y) {
            return 1 - da(a, b, c, y);
        }
    };

    /** All primitives by ordinal, the opcode stored on the tape. */
    static final Primitive[] BY_CODE = values();

    /** 0 for a leaf, 1 for y = φ(a), 2 for y = φ(a, b). */
    final int arity;

    Primitive(int arity) {
        this.arity = arity;
    }

    /**
     * y = φ(a, b) (b unused when unary; c the node's constant). Primitives without a constant ignore c: the
     * tape does not store one for them, and the sweeps pass whatever its slot holds.
     */
    abstract double value(double a, double b, double c);

    /** ∂φ/∂a at (a, b); y = φ(a, b) is passed so that derivatives can reuse it. Default 1 (linear in a). */
    double da(double a, double b, double c, double y) {
        return arity == 0 ? 0 : 1;
    }

    /** ∂φ/∂b (binary primitives only). */
    double db(double a, double b, double c, double y) {
        return 0;
    }

    /** ∂²φ/∂a². Default 0. */
    double daa(double a, double b, double c, double y) {
        return 0;
    }

    /** ∂²φ/∂a∂b. Default 0. */
    double dab(double a, double b, double c, double y) {
        return 0;
    }

    /** ∂²φ/∂b². Default 0. */
    double dbb(double a, double b, double c, double y) {
        return 0;
    }
}
