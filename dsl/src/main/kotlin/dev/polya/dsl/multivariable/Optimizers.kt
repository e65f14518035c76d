@file:Suppress("FunctionName")

package dev.polya.dsl.multivariable

import dev.polya.linalg.Vector
import dev.polya.multivariable.DifferentiableFunction
import dev.polya.multivariable.MultivariateFunction
import dev.polya.multivariable.optimize.FirstOrder
import dev.polya.multivariable.optimize.FirstOrderMethod
import dev.polya.multivariable.optimize.LearningRateSchedule
import dev.polya.multivariable.optimize.Method
import dev.polya.multivariable.optimize.MinimizationResult
import dev.polya.multivariable.optimize.Minimizer
import dev.polya.multivariable.optimize.Adam as AdamRule
import dev.polya.multivariable.optimize.BFGS as BFGSMethod
import dev.polya.multivariable.optimize.GradientDescent as GradientDescentRule
import dev.polya.multivariable.optimize.LBFGS as LBFGSMethod
import dev.polya.multivariable.optimize.Momentum as MomentumRule
import dev.polya.multivariable.optimize.NelderMead as NelderMeadMethod
import dev.polya.multivariable.optimize.Nesterov as NesterovRule
import dev.polya.multivariable.optimize.Newton as NewtonMethod
import dev.polya.multivariable.optimize.RMSProp as RMSPropRule

/*
 * Optimization in many variables (chapter 17):
 *
 *     val r = minimize(f, start = vector(-1.2, 1.0), method = BFGS())   // r.x, r.value, r.iterations, r.converged, r.path
 *
 * The first-order methods (GradientDescent, Momentum, Nesterov, RMSProp, Adam) are update rules: the same
 * objects drive `minimize` and the training of a network. BFGS, L-BFGS and Newton use a strong-Wolfe line
 * search; Nelder–Mead needs no gradient. Every run returns how it ended (`r.status`, `r.reason`) and its path.
 */

/** Gradient descent x ← x − η∇f with learning rate [learningRate] η (or a [schedule] ηₜ). */
public fun GradientDescent(learningRate: Double = 0.01, schedule: LearningRateSchedule? = null): FirstOrderMethod =
    GradientDescentRule(schedule ?: LearningRateSchedule.constant(learningRate))

/** Heavy-ball momentum v ← βv + ∇f, x ← x − ηv. */
public fun Momentum(learningRate: Double = 0.01, beta: Double = 0.9, schedule: LearningRateSchedule? = null): FirstOrderMethod =
    MomentumRule(schedule ?: LearningRateSchedule.constant(learningRate), beta)

/** Nesterov's accelerated gradient (the look-ahead form PyTorch uses). */
public fun Nesterov(learningRate: Double = 0.01, beta: Double = 0.9, schedule: LearningRateSchedule? = null): FirstOrderMethod =
    NesterovRule(schedule ?: LearningRateSchedule.constant(learningRate), beta)

/** RMSProp: s ← ρs + (1 − ρ)g², x ← x − η g/(√s + ε). */
public fun RMSProp(
    learningRate: Double = RMSPropRule.DEFAULT_LEARNING_RATE,
    rho: Double = RMSPropRule.DEFAULT_RHO,
    epsilon: Double = RMSPropRule.DEFAULT_EPSILON,
    schedule: LearningRateSchedule? = null,
): FirstOrderMethod = RMSPropRule(schedule ?: LearningRateSchedule.constant(learningRate), rho, epsilon)

/** Adam (Kingma and Ba): bias-corrected first and second moment estimates, x ← x − η m̂/(√v̂ + ε). */
public fun Adam(
    learningRate: Double = AdamRule.DEFAULT_LEARNING_RATE,
    beta1: Double = AdamRule.DEFAULT_BETA1,
    beta2: Double = AdamRule.DEFAULT_BETA2,
    epsilon: Double = AdamRule.DEFAULT_EPSILON,
    schedule: LearningRateSchedule? = null,
): FirstOrderMethod = AdamRule(schedule ?: LearningRateSchedule.constant(learningRate), beta1, beta2, epsilon)

/** Newton's method with the exact Hessian (of a `fn`), modified when not positive definite, with a line search. */
public fun Newton(tolerance: Double = NewtonMethod.DEFAULT_GRADIENT_TOLERANCE, maxIterations: Int = NewtonMethod.DEFAULT_MAX_ITERATIONS): Method =
    NewtonMethod(tolerance, maxIterations)

/** BFGS: a quasi-Newton method that learns the inverse Hessian from gradients, with a strong-Wolfe line search. */
public fun BFGS(tolerance: Double = BFGSMethod.DEFAULT_GRADIENT_TOLERANCE, maxIterations: Int = BFGSMethod.DEFAULT_MAX_ITERATIONS): Method =
    BFGSMethod(tolerance, maxIterations)

/** L-BFGS: BFGS that keeps only the last [memory] steps (the two-loop recursion), for many variables. */
public fun LBFGS(memory: Int = LBFGSMethod.DEFAULT_MEMORY): Method = LBFGSMethod(memory)

/** Nelder–Mead: the downhill simplex, which uses values only. */
public fun NelderMead(): Method = NelderMeadMethod()

/** Learning-rate schedules ηₜ for the first-order methods' `schedule =`. */
public object Schedules {
    /** ηₜ = η. */
    public fun constant(rate: Double): LearningRateSchedule = LearningRateSchedule.constant(rate)

    /** ηₜ = η₀ · factor^⌊(t − 1)/every⌋ (step decay). */
    public fun step(initialRate: Double, factor: Double, every: Int): LearningRateSchedule =
        LearningRateSchedule.step(initialRate, factor, every)

    /** ηₜ = η₀ e^(−k(t − 1)) (exponential decay). */
    public fun exponential(initialRate: Double, decay: Double): LearningRateSchedule = LearningRateSchedule.exponential(initialRate, decay)

    /** ηₜ = η₀ / (1 + k(t − 1)) (time-based decay). */
    public fun timeBased(initialRate: Double, decay: Double): LearningRateSchedule = LearningRateSchedule.timeBased(initialRate, decay)
}

/**
 * Minimizes [f] from [start] with [method] (BFGS by default): `.x`, `.value`, `.iterations`, `.converged`,
 * `.status`, `.reason`, `.path` (the iterates, for a figure), `.values` (f along the path).
 */
public fun minimize(f: DifferentiableFunction, start: Vector, method: Method = BFGS()): MinimizationResult =
    Minimizer.minimize(f, start, method)

/**
 * Minimizes [f] from [start] with a first-order update rule, for at most [steps] steps or until
 * ‖∇f‖∞ ≤ [tolerance]: `minimize(f, start = vector(-1.2, 1.0), method = Adam(learningRate = 0.01))`.
 */
public fun minimize(
    f: DifferentiableFunction,
    start: Vector,
    method: FirstOrderMethod,
    steps: Int = FirstOrder.DEFAULT_MAX_ITERATIONS,
    tolerance: Double = FirstOrder.DEFAULT_GRADIENT_TOLERANCE,
): MinimizationResult = Minimizer.minimize(f, start, FirstOrder(method, tolerance, steps))

/** Minimizes a function known only by its values (a plain lambda over a Vector) with Nelder–Mead. */
public fun minimize(f: MultivariateFunction, start: Vector): MinimizationResult = Minimizer.minimize(f, start)
