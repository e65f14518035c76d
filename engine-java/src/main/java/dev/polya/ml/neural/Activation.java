package dev.polya.ml.neural;

import dev.polya.multivariable.autodiff.tensor.Tensor;

/**
 * The nonlinearity applied after each hidden layer of a network, with the weight initialization that keeps
 * activations at unit scale through it.
 *
 * <pre>
 *   RELU:     max(x, 0)          He init:     std = √(2 / fan-in)
 *   TANH:     tanh x             Xavier init: std = √(2 / (fan-in + fan-out))
 *   SIGMOID:  1 / (1 + e⁻ˣ)      Xavier init
 *   IDENTITY: x                  Xavier init
 * </pre>
 *
 * <p>Cost: one function evaluation per element (see the tensor operations). Failure modes: none.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters (activation
 * functions); K. He et al., "Delving deep into rectifiers", ICCV 2015; X. Glorot, Y. Bengio, "Understanding the
 * difficulty of training deep feedforward neural networks", AISTATS 2010.
 */
public enum Activation {

    /** max(x, 0), He initialization. */
    RELU,
    /** tanh x, Xavier initialization. */
    TANH,
    /** σ(x) = 1/(1 + e⁻ˣ), Xavier initialization. */
    SIGMOID,
    /** x (no nonlinearity), Xavier initialization. */
    IDENTITY;

    /**
     * @param x the pre-activations
     * @return the activation applied elementwise, recorded on the graph
     */
    public Tensor apply(Tensor x) {
        return switch (this) {
            case RELU -> x.relu();
            case TANH -> x.tanh();
            case SIGMOID -> x.sigmoid();
            case IDENTITY -> x;
        };
    }

    /**
     * The standard deviation of the normal initial weights of a layer followed by this activation.
     *
     * @param fanIn  inputs of the layer
     * @param fanOut outputs of the layer
     * @return √(2/fan-in) for ReLU, √(2/(fan-in + fan-out)) otherwise
     */
    public double initialStd(int fanIn, int fanOut) {
        return this == RELU ? Math.sqrt(2.0 / fanIn) : Math.sqrt(2.0 / (fanIn + fanOut));
    }
}
