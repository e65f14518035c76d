package dev.polya.multivariable.optimize;

/**
 * A first-order update rule (chapter 17): from the gradient g at the current parameters x, a step
 * x ← x − Δ(g, state). Gradient descent, momentum, Nesterov, RMSProp and Adam are the book's ones.
 *
 * <p>The method itself is an immutable description (learning rate, β's, schedule); {@link #updater(int)}
 * creates the mutable state for one parameter array of length n (velocities, moment estimates, the step
 * count). The same methods drive {@code minimize} on a function of a vector and the training of a network,
 * where each parameter tensor gets its own updater.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17; S. Ruder, "An overview of gradient
 * descent optimization algorithms", arXiv:1609.04747, 2016.
 */
public interface FirstOrderMethod {

    /**
     * Fresh optimizer state for a parameter array of length n.
     *
     * @param n the number of parameters
     * @return an updater that owns the state (step count 0)
     */
    Updater updater(int n);

    /** The mutable state of a first-order method for one parameter array. Not thread-safe. */
    interface Updater {

        /**
         * One step, in place: x ← x − Δ. Increments the step count t (the first call uses t = 1, as Adam's
         * bias correction needs).
         *
         * @param x        the parameters, updated in place (length n)
         * @param gradient ∇f at x (length n; not modified)
         */
        void update(double[] x, double[] gradient);
    }
}
