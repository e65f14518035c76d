/**
 * A first neural network (Danka, <i>Mathematics of Machine Learning</i>, the neural-network chapters after
 * chapters 16–17): {@link dev.polya.ml.neural.Linear} layers and {@link dev.polya.ml.neural.Activation}s make an
 * {@link dev.polya.ml.neural.MLP}, built on reverse-mode tensors
 * ({@link dev.polya.multivariable.autodiff.tensor.Tensor}) and trained by {@link dev.polya.ml.neural.Trainer}
 * with any {@link dev.polya.multivariable.optimize.FirstOrderMethod}.
 *
 * <p>Reference: Goodfellow, Bengio, Courville, <i>Deep Learning</i>, chapters 6 and 8.
 */
package dev.polya.ml.neural;
