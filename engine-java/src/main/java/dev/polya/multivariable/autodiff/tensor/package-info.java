/**
 * Reverse-mode automatic differentiation on n-dimensional arrays (Danka, <i>Mathematics of Machine
 * Learning</i>, chapters 16–17 and the neural-network material): {@link dev.polya.multivariable.autodiff.tensor.Tensor}
 * with NumPy broadcasting, matrix products on the engine's GEMM, elementwise functions, reductions along
 * axes, reshape/transpose/slicing, and the losses of a first network
 * ({@link dev.polya.multivariable.autodiff.tensor.Losses}).
 *
 * <p>Design notes. Each operation is a graph node holding a small backward closure (nodes are whole arrays,
 * so a closure per node costs nothing next to the arithmetic); storage is contiguous and row-major, and
 * transpose and slice copy rather than keep strided views, which keeps every kernel a plain loop or one GEMM
 * call. Broadcasting precomputes one index map per operand (null when no broadcast happens), shared by the
 * forward loop and the backward scatter-add. The matrix-product backward passes GEMM's transpose flags and
 * accumulates with β = 1, so no transposed copy and no temporary is made; the product for an operand that
 * needs no gradient (a network's input batch) is skipped. {@code TensorTrainingBenchmark} compares a training
 * step against a hand-written backward pass on the same kernels.
 *
 * <p>Reference: Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.5; A. Karpathy, micrograd.
 */
package dev.polya.multivariable.autodiff.tensor;
