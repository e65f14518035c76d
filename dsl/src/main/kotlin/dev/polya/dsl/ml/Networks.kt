package dev.polya.dsl.ml

import dev.polya.dsl.multivariable.Adam
import dev.polya.dsl.plot.decisionBoundaryPlot
import dev.polya.linalg.Vector
import dev.polya.ml.data.ClassificationData
import dev.polya.ml.data.PlanarDatasets
import dev.polya.ml.neural.Activation
import dev.polya.ml.neural.MLP
import dev.polya.ml.neural.Trainer
import dev.polya.ml.neural.TrainingHistory
import dev.polya.ml.neural.TrainingOptions
import dev.polya.multivariable.optimize.FirstOrderMethod
import dev.polya.probability.random.Rng
import org.jetbrains.letsPlot.intern.Plot

/*
 * A first neural network: a multilayer perceptron built from tensors with reverse-mode AD, trained with the
 * optimizers of chapter 17 on small two-dimensional data sets.
 *
 *     val data = twoMoons(200, noise = 0.1, seed = 1)
 *     val model = mlp(2, 16, 16, 2, activation = Activation.RELU, seed = 1)
 *     val history = train(model, data, Adam(learningRate = 0.01), epochs = 200, batchSize = 32)
 *     model.accuracy(data); decisionBoundaryPlot(model, data); lossPlot("Adam" to history.losses)
 */

/** A multilayer perceptron with layer [sizes] (inputs first, classes last), [activation] between layers, weights drawn from `Rng(seed)`. */
public fun mlp(vararg sizes: Int, activation: Activation = Activation.TANH, seed: Long = 0): MLP =
    MLP(sizes, activation, Rng(seed))

/**
 * Trains [model] on [data] with the cross-entropy loss, [optimizer] (Adam by default), [epochs] passes over
 * the data in shuffled mini-batches of [batchSize] (shuffled from `Rng(seed)`); stops with an error naming the
 * step if the loss becomes NaN or infinite. Returns the loss per step (`.losses`) and per epoch.
 */
public fun train(
    model: MLP,
    data: ClassificationData,
    optimizer: FirstOrderMethod = Adam(learningRate = 0.01),
    epochs: Int = 100,
    batchSize: Int = 32,
    seed: Long = 0,
): TrainingHistory = Trainer.train(model, data.points(), data.labels(), optimizer, TrainingOptions(epochs, batchSize, seed))

/** The loss after every step, for a loss curve. */
public val TrainingHistory.losses: Vector get() = Vector.of(*stepLosses())

/** The mean loss of every epoch, as a Vector (the record's own `epochLosses` is a DoubleArray). */
public val TrainingHistory.epochLossCurve: Vector get() = Vector.of(*epochLosses())

/** The fraction of [data]'s points the model classifies correctly. */
public fun MLP.accuracy(data: ClassificationData): Double = accuracy(data.points(), data.labels())

/** The four points of XOR with their labels (0 where the coordinates agree, 1 where they differ). */
public fun xorData(): ClassificationData = PlanarDatasets.xor()

/** Two interleaving half circles of [n] points in all, with Gaussian [noise], drawn from `Rng(seed)` (as scikit-learn's make_moons). */
public fun twoMoons(n: Int, noise: Double = 0.1, seed: Long = 0): ClassificationData = PlanarDatasets.twoMoons(n, noise, Rng(seed))

/** Two interleaved spirals of [n] points in all, [turns] turns each, with Gaussian [noise], drawn from `Rng(seed)`. */
public fun spirals(n: Int, turns: Double = 1.5, noise: Double = 0.1, seed: Long = 0): ClassificationData =
    PlanarDatasets.spirals(n, turns, noise, Rng(seed))

/** The decision boundary of a two-class network over its data: the plane coloured by P(class 1) (white at ½), and the points. */
public fun decisionBoundaryPlot(model: MLP, data: ClassificationData, margin: Double = 0.5, resolution: Int = 150): Plot =
    decisionBoundaryPlot({ points -> model.predictProbabilities(points).column(1) }, data.points(), data.labels(), margin, resolution)
