/**
 * Minimization in many variables (chapter 17).
 *
 * <p>First-order update rules — {@link dev.polya.multivariable.optimize.GradientDescent},
 * {@link dev.polya.multivariable.optimize.Momentum}, {@link dev.polya.multivariable.optimize.Nesterov},
 * {@link dev.polya.multivariable.optimize.RMSProp}, {@link dev.polya.multivariable.optimize.Adam}, with a
 * {@link dev.polya.multivariable.optimize.LearningRateSchedule} — are immutable
 * {@link dev.polya.multivariable.optimize.FirstOrderMethod}s whose allocation-free updaters also train
 * networks. They minimize a function through {@link dev.polya.multivariable.optimize.FirstOrder} and a data-set
 * loss through {@link dev.polya.multivariable.optimize.MiniBatchDescent}
 * ({@link dev.polya.multivariable.optimize.MiniBatches}, {@link dev.polya.multivariable.optimize.BatchObjective}).
 * Second-order and quasi-Newton methods — {@link dev.polya.multivariable.optimize.Newton},
 * {@link dev.polya.multivariable.optimize.BFGS}, {@link dev.polya.multivariable.optimize.LBFGS} — share a
 * strong-Wolfe {@link dev.polya.multivariable.optimize.WolfeLineSearch};
 * {@link dev.polya.multivariable.optimize.NelderMead} needs no derivatives.
 *
 * <p>{@link dev.polya.multivariable.optimize.Minimizer#minimize} runs any
 * {@link dev.polya.multivariable.optimize.Method} and returns a
 * {@link dev.polya.multivariable.optimize.MinimizationResult}: point, value, cost, status with its reason, and
 * the path. Non-convergence, divergence and NaN are statuses naming the step, not exceptions, so that a failed
 * run can still be drawn; bad input (an invalid hyper-parameter, a start that is not finite) is an exception.
 * Measured design decisions are in {@code docs/design-notes.md} ("Optimizers in many variables").
 */
package dev.polya.multivariable.optimize;
