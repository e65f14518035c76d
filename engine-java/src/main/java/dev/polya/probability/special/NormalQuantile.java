package dev.polya.probability.special;

import dev.polya.core.InvalidArgumentException;

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p for Z ~ N(0, 1), also called the probit.
 *
 * <p>Method: M. J. Wichura's algorithm AS 241 (PPND16), three rational approximations of degree 7/7. With
 * r = p − ½: for |r| ≤ 0.425, z = r·A(0.180625 − r²)/B(0.180625 − r²); otherwise, with t = min(p, 1 − p) and
 * u = √(−ln t), z = ±C(u − 1.6)/D(u − 1.6) for u ≤ 5 and ±E(u − 5)/F(u − 5) beyond (t down to about 1e−313). No
 * iteration and no call of erf: one rational function, plus one log and one square root in the tails.
 *
 * <p>Accuracy: the approximations are good to about 1 part in 10¹⁶ (Wichura); in double arithmetic the result
 * is within a few ulps of SciPy's {@code ndtri} (relative error below 1e−15 in the body and the tails, see the
 * tests). The upper tail is computed from 1 − p, so for p close to 1 the input's own rounding limits the answer,
 * as for any function of p; {@link #ofTails(double, double)} takes p − ½ and the smaller tail separately, so
 * callers that have them exactly (the inverse error functions) keep full relative accuracy.
 *
 * <p>Cost: about 20 flops, one division, in the tails one {@code log} and one {@code sqrt}.
 *
 * <p>Failure modes: p ∉ [0, 1] throws {@link InvalidArgumentException}; Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞; NaN gives NaN.
 *
 * <p>Book: part 4, chapter 19 (the normal distribution, z-scores and confidence intervals). Reference: M. J.
 * Wichura, "Algorithm AS 241: The percentage points of the normal distribution", Applied Statistics 37 (1988)
 * 477–484.
 */
public final class NormalQuantile {

    private NormalQuantile() {
    }

    private static final double SPLIT1 = 0.425;
    private static final double SPLIT2 = 5.0;
    private static final double CONST1 = 0.180625;
    private static final double CONST2 = 1.6;

    /**
     * Φ⁻¹(p).
     *
     * @param p a probability in [0, 1]
     * @return z with Φ(z) = p; −∞ at 0 and +∞ at 1
     * @throws InvalidArgumentException if p ∉ [0, 1]
     */
    public static double of(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            if (Double.isNaN(p)) {
                return p;
            }
            throw new InvalidArgumentException("NormalQuantile: p must be in [0, 1], got " + p);
        }
        return ofTails(p - 0.5, p < 0.5 ? p : 1.0 - p);
    }

    /**
     * Φ⁻¹(p) from r = p − ½ and t = min(p, 1 − p), both supplied by a caller that knows them exactly.
     *
     * @param r p − ½, in [−½, ½]
     * @param t the smaller tail probability min(p, 1 − p), in [0, ½] (only read when |r| &gt; 0.425)
     * @return Φ⁻¹(p)
     */
    static double ofTails(double r, double t) {
        if (Math.abs(r) <= SPLIT1) {
            double s = CONST1 - r * r;
            return r * (((((((2.5090809287301226727e+3 * s + 3.3430575583588128105e+4) * s
                    + 6.7265770927008700853e+4) * s + 4.5921953931549871457e+4) * s + 1.3731693765509461125e+4) * s
                    + 1.9715909503065514427e+3) * s + 1.3314166789178437745e+2) * s + 3.3871328727963666080e+0)
                    / (((((((5.2264952788528545610e+3 * s + 2.8729085735721942674e+4) * s
                    + 3.9307895800092710610e+4) * s + 2.1213794301586595867e+4) * s + 5.3941960214247511077e+3) * s
                    + 6.8718700749205790830e+2) * s + 4.2313330701600911252e+1) * s + 1.0);
        }
        if (t <= 0.0) {
            return r < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double u = Math.sqrt(-Math.log(t));
        double z;
        if (u <= SPLIT2) {
            u -= CONST2;
            z = (((((((7.74545014278341407640e-4 * u + 2.27238449892691845833e-2) * u
                    + 2.41780725177450611770e-1) * u + 1.27045825245236838258e+0) * u + 3.64784832476320460504e+0) * u
                    + 5.76949722146069140550e+0) * u + 4.63033784615654529590e+0) * u + 1.42343711074968357734e+0)
                    / (((((((1.05075007164441684324e-9 * u + 5.47593808499534494600e-4) * u
                    + 1.51986665636164571966e-2) * u + 1.48103976427480074590e-1) * u + 6.89767334985100004550e-1) * u
                    + 1.67638483018380384940e+0) * u + 2.05319162663775882187e+0) * u + 1.0);
        } else {
            u -= SPLIT2;
            z = (((((((2.01033439929228813265e-7 * u + 2.71155556874348757815e-5) * u
                    + 1.24266094738807843860e-3) * u + 2.65321895265761230930e-2) * u + 2.96560571828504891230e-1) * u
                    + 1.78482653991729133580e+0) * u + 5.46378491116411436990e+0) * u + 6.65790464350110377720e+0)
                    / (((((((2.04426310338993978564e-15 * u + 1.42151175831644588870e-7) * u
                    + 1.84631831751005468180e-5) * u + 7.86869131145613259100e-4) * u + 1.48753612908506148525e-2) * u
                    + 1.36929880922735805310e-1) * u + 5.99832206555887937690e-1) * u + 1.0);
        }
        return r < 0 ? -z : z;
    }
}
