package dev.polya.dsl.probability

import dev.polya.linalg.Vector

/*
 * A sample may be a Vector, a DoubleArray or a List of numbers: every statistics function of the DSL takes all
 * three. These conversions are the one place that says how.
 */

/** The values of a list of numbers as doubles (`listOf(1, 2, 3)` and `listOf(0.5, 1.5)` both work). */
internal fun List<Number>.values(): DoubleArray = DoubleArray(size) { this[it].toDouble() }

/** The values of a vector. */
internal fun Vector.values(): DoubleArray = toArray()
