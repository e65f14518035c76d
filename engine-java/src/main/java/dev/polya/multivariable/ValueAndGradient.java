package dev.polya.multivariable;

import dev.polya.linalg.Vector;
import java.util.Objects;

/**
 * f(x) and ∇f(x) computed together, as reverse-mode AD and most objectives do at no extra cost.
 *
 * @param value    f(x)
 * @param gradient ∇f(x)
 */
public record ValueAndGradient(double value, Vector gradient) {

    /**
     * Validates the pair.
     *
     * @param value    f(x)
     * @param gradient ∇f(x)
     */
    public ValueAndGradient {
        Objects.requireNonNull(gradient, "gradient");
    }
}
