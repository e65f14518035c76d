// polya — Part 3, after Chapter 17: a first neural network
//
// Everything of part 3 at once: a function of many variables (a network's loss as a function of its
// weights), its gradient by the chain rule run backwards, and an optimizer that follows it. The Math-for-ML
// case study writes a 2-4-1 network for XOR by hand — forward pass, binary cross-entropy, hand-derived
// backpropagation, full-batch gradient descent — after np.random.seed(42). This sample does exactly that
// (and prints the notebook's losses), then builds networks from polya's tensors, whose gradients come from
// reverse-mode AD, trains them with Adam in mini-batches, and draws what they learned.
// Run it with   ./polya run samples/scripts/part3/ch17b-a-first-neural-network.polya.kts
//
// What you will see: the notebook's loss every 500 epochs (catalog §2.9); XOR and two moons learned by the
// library's MLP; a training run stopped at the step where its loss became NaN; and two figures —
//   ch17b-losses             the loss curves of the three trainings;
//   ch17b-decision-boundary  what the networks learned: P(class 1) over the plane for two moons and spirals.

// 1. XOR: four points, and no line separates the 1s from the 0s — a hidden layer is needed.
val X = matrix(row(0, 0), row(0, 1), row(1, 0), row(1, 1))
val y = vector(0, 1, 1, 0)

// 2. The network by hand: h = relu(X·W₁ + b₁) (4 hidden units), ŷ = σ(h·w₂ + b₂), and the loss
//    L = −(1/4) Σ [yᵢ ln(ŷᵢ + 10⁻⁸) + (1 − yᵢ) ln(1 − ŷᵢ + 10⁻⁸)]. Weights from N(0, 1) after seed 42, in the
//    notebook's order (W₁ then w₂); biases 0.
val rs = NumpyRandom(42)
var w1 = Matrix.of(2, 4, *rs.standardNormal(8).toArray())
var w2 = rs.standardNormal(4)
var b1 = zeros(4)
var b2 = 0.0
fun sigma(z: Double) = 1 / (1 + exp(-z))
val handLosses = mutableListOf<Double>()
for (epoch in 0 until 5000) {
    // forward
    val z1 = matrix(4, 4) { i, j -> (X * w1)[i, j] + b1[j] }
    val h = z1.map { max(0.0, it) }
    val yHat = (h * w2).map { sigma(it + b2) }
    val loss = -(0 until 4).sumOf { i -> y[i] * ln(yHat[i] + 1e-8) + (1 - y[i]) * ln(1 - yHat[i] + 1e-8) } / 4
    handLosses += loss
    if (epoch % 500 == 0) println("epoch $epoch: loss ${"%.4f".format(loss)}")
    // backward: the chain rule from the loss back to every weight
    val dz2 = yHat - y                                       // ∂L/∂z₂ · 4 for sigmoid + cross-entropy
    val dw2 = (h.T * dz2) / 4.0
    val db2 = dz2.sum() / 4
    val dz1 = (dz2 outer w2).hadamard(z1.map { if (it > 0) 1.0 else 0.0 })   // through relu
    val dw1 = (X.T * dz1) / 4.0
    val db1 = vector(4) { j -> (0 until 4).sumOf { i -> dz1[i, j] } / 4 }
    // gradient descent, η = 0.1
    w1 = w1 - 0.1 * dw1; b1 = b1 - 0.1 * db1; w2 = w2 - 0.1 * dw2; b2 -= 0.1 * db2
}
// >>> epoch 0: loss 0.9179
// >>> epoch 500: loss 0.3435
// >>> epoch 1000: loss 0.0686
// >>> epoch 1500: loss 0.0301
// >>> epoch 2000: loss 0.0183
// >>> epoch 2500: loss 0.0129
// >>> epoch 3000: loss 0.0098
// >>> epoch 3500: loss 0.0079
// >>> epoch 4000: loss 0.0066
// >>> epoch 4500: loss 0.0056

// 3. The library: an MLP of tensors (layers 2 → 8 → 2, tanh between them, softmax cross-entropy on two
//    classes). Its gradients come from reverse-mode AD over the tensor graph — nothing is derived by hand —
//    and Adam follows them. XOR is learned in a few hundred full-batch steps.
val xor = xorData()
val xorModel = mlp(2, 8, 2, activation = Activation.TANH, seed = 1)
val xorHistory = train(xorModel, xor, Adam(learningRate = 0.05), epochs = 300, batchSize = 4)
println("XOR: final loss ${"%.4f".format(xorHistory.finalLoss())}, predictions ${xorModel.predict(xor.points()).toList()}")
// >>> XOR: final loss 0.0003, predictions [0, 1, 1, 0]

// 4. Two moons: 300 noisy points on two interleaving half circles. A 2 → 16 → 16 → 2 ReLU network, Adam in
//    mini-batches of 32, 200 epochs; then its accuracy on fresh points it never saw.
val moons = twoMoons(300, noise = 0.15, seed = 3)
val moonModel = mlp(2, 16, 16, 2, activation = Activation.RELU, seed = 2)
val moonHistory = train(moonModel, moons, Adam(learningRate = 0.01), epochs = 200, batchSize = 32)
println("two moons: training accuracy ${moonModel.accuracy(moons)}, on 300 new points ${moonModel.accuracy(twoMoons(300, noise = 0.15, seed = 4))}")
// >>> two moons: training accuracy 1.0, on 300 new points 0.9833333333333333

// 5. Spirals are harder: two arms winding 1.5 turns around each other.
val spiral = spirals(300, turns = 1.5, noise = 0.03, seed = 1)
val spiralModel = mlp(2, 32, 32, 2, activation = Activation.RELU, seed = 3)
train(spiralModel, spiral, Adam(learningRate = 0.01), epochs = 300, batchSize = 32, seed = 4)
println("spirals: training accuracy ${spiralModel.accuracy(spiral)}")
// >>> spirals: training accuracy 0.9933333333333333

// 6. A learning rate far too large: the loss explodes, and training stops at the step where it happened,
//    instead of returning a network with weights of 10²⁰⁰ (or full of NaN, which stops it the same way).
try {
    train(mlp(2, 8, 2, seed = 1), moons, GradientDescent(learningRate = 1e200), epochs = 5, batchSize = 32)
} catch (e: dev.polya.ml.neural.TrainingDivergedException) {
    println(e.message)
}
// >>> train: the loss grew from 0.664344 (step 1) to 1.58260e+199 at step 2 (epoch 1) — the learning rate is probably too large

// 7. The figures. (The two-moons curve is noisy: each step sees only its mini-batch of 32 points.)
show(lossPlot("by hand (XOR, GD)" to Vector.of(handLosses), "library (XOR, Adam)" to xorHistory.losses,
    "library (two moons, Adam)" to moonHistory.losses, logSteps = true) + ggtitle("cross-entropy during training") + ggsize(900, 450),
    "ch17b-losses.svg", "ch17b-losses.png")
show(panels(listOf(
    decisionBoundaryPlot(moonModel, moons) + ggtitle("two moons"),
    decisionBoundaryPlot(spiralModel, spiral) + ggtitle("spirals"),
)) + ggsize(1400, 600), "ch17b-decision-boundary.svg", "ch17b-decision-boundary.png")
