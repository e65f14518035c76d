package dev.polya.dsl.multivariable

import dev.polya.multivariable.autodiff.Var

// ------------------------------------------------------------------ numbers on either side of a Var

/** x + c. */ public operator fun Var.plus(c: Int): Var = plus(c.toDouble())
/** x − c. */ public operator fun Var.minus(c: Int): Var = minus(c.toDouble())
/** c·x. */ public operator fun Var.times(c: Int): Var = times(c.toDouble())
/** x / c. */ public operator fun Var.div(c: Int): Var = div(c.toDouble())
/** c + x. */ public operator fun Double.plus(x: Var): Var = Var.plus(this, x)
/** c − x. */ public operator fun Double.minus(x: Var): Var = Var.minus(this, x)
/** c·x. */ public operator fun Double.times(x: Var): Var = Var.times(this, x)
/** c / x. */ public operator fun Double.div(x: Var): Var = Var.div(this, x)
/** c + x. */ public operator fun Int.plus(x: Var): Var = Var.plus(toDouble(), x)
/** c − x. */ public operator fun Int.minus(x: Var): Var = Var.minus(toDouble(), x)
/** c·x. */ public operator fun Int.times(x: Var): Var = Var.times(toDouble(), x)
/** c / x. */ public operator fun Int.div(x: Var): Var = Var.div(toDouble(), x)

// ------------------------------------------------------------------ elementary functions of a Var

/** sin x. */ public fun sin(x: Var): Var = x.sin()
/** cos x. */ public fun cos(x: Var): Var = x.cos()
/** tan x. */ public fun tan(x: Var): Var = x.tan()
/** arcsin x. */ public fun asin(x: Var): Var = x.asin()
/** arccos x. */ public fun acos(x: Var): Var = x.acos()
/** arctan x. */ public fun atan(x: Var): Var = x.atan()
/** atan2(y, x), the angle of (x, y). */ public fun atan2(y: Var, x: Var): Var = Var.atan2(y, x)
/** sinh x. */ public fun sinh(x: Var): Var = x.sinh()
/** cosh x. */ public fun cosh(x: Var): Var = x.cosh()
/** tanh x. */ public fun tanh(x: Var): Var = x.tanh()
/** eˣ. */ public fun exp(x: Var): Var = x.exp()
/** The natural logarithm ln x. */ public fun ln(x: Var): Var = x.log()
/** √x. */ public fun sqrt(x: Var): Var = x.sqrt()
/** |x|. */ public fun abs(x: Var): Var = x.abs()
/** The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ). */ public fun sigmoid(x: Var): Var = x.sigmoid()
/** ReLU, max(0, x). */ public fun relu(x: Var): Var = x.relu()
/** softplus, ln(1 + eˣ). */ public fun softplus(x: Var): Var = x.softplus()
/** max(x, y). */ public fun max(x: Var, y: Var): Var = x.max(y)
/** min(x, y). */ public fun min(x: Var, y: Var): Var = x.min(y)
/** x₁ + x₂ + … + xₙ as one node. */ public fun sum(xs: List<Var>): Var = Var.sum(*xs.toTypedArray())
/** x₁ + x₂ + … + xₙ as one node. */ public fun sum(xs: Array<Var>): Var = Var.sum(*xs)
