package dev.polya.benchmarks;

import dev.polya.linalg.kernel.Gemm;
import dev.polya.ml.neural.Activation;
import dev.polya.ml.neural.MLP;
import dev.polya.multivariable.autodiff.tensor.Losses;
import dev.polya.multivariable.autodiff.tensor.Tensor;
import dev.polya.probability.random.Rng;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of an MLP 784→256→10 (ReLU, softmax cross-entropy) on a batch of 128, by tensor
 * reverse-mode AD against a hand-written forward and backward pass on the same {@link Gemm} kernel
 * (target: AD ≤ 1.3× the hand-written step).
 *
 * <ul>
 *   <li>{@code tensorAutodiff}: {@code Losses.crossEntropy(mlp.forward(x), y)}, zero the gradients,
 *       {@code backward()}, then x ← x − η∇ on each parameter tensor — what {@code Trainer} does per step.
 *       The graph, every intermediate and every gradient array are allocated afresh each step.
 *   <li>{@code handWritten}: H = XW₁ + b₁, A = relu(H), Z = AW₂ + b₂, P = softmax(Z);
 *       dZ = (P − Y)/N, dW₂ = AᵀdZ, db₂ = Σ dZ, dA = dZW₂ᵀ, dH = dA ⊙ [H &gt; 0], dW₁ = XᵀdH, db₁ = Σ dH;
 *       the same update. Work arrays are allocated once: the best a programmer can do by hand.
 * </ul>
 *
 * <p>Both do the same five products (XW₁, AW₂, AᵀdZ, dZW₂ᵀ, XᵀdH; about 2·128·(784·256·2 + 256·10·3) ≈
 * 103 MFLOP, dominated by the two 784×256 ones); AD skips ∂L/∂X because the batch needs no gradient. The
 * setup checks that both compute the same gradients from the same parameters before anything is timed:
 * a fast wrong answer fails the run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class TensorTrainingBenchmark {

    static final int BATCH = 128;
    static final int IN = 784;
    static final int HIDDEN = 256;
    static final int OUT = 10;
    static final double LEARNING_RATE = 0.01;

    Tensor x;
    double[] xData;
    int[] y;
    MLP mlp;
    List<Tensor> parameters;

    // hand-written parameters and work arrays
    double[] w1;
    double[] b1;
    double[] w2;
    double[] b2;
    double[] h;
    double[] a;
    double[] z;
    double[] dz;
    double[] dw2;
    double[] db2;
    double[] da;
    double[] dw1;
    double[] db1;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        xData = Inputs.uniform(random, BATCH * IN);
        x = Tensor.of(new int[] {BATCH, IN}, xData);
        y = new int[BATCH];
        for (int i = 0; i < BATCH; i++) {
            y[i] = random.nextInt(OUT);
        }
        mlp = new MLP(new int[] {IN, HIDDEN, OUT}, Activation.RELU, new Rng(7));
        parameters = mlp.parameters();
        w1 = parameters.get(0).values();
        b1 = parameters.get(1).values();
        w2 = parameters.get(2).values();
        b2 = parameters.get(3).values();
        h = new double[BATCH * HIDDEN];
        a = new double[BATCH * HIDDEN];
        z = new double[BATCH * OUT];
        dz = new double[BATCH * OUT];
        dw2 = new double[HIDDEN * OUT];
        db2 = new double[OUT];
        da = new double[BATCH * HIDDEN];
        dw1 = new double[IN * HIDDEN];
        db1 = new double[HIDDEN];
        checkGradientsAgree();
    }

    @Benchmark
    public double tensorAutodiff() {
        Tensor loss = Losses.crossEntropy(mlp.forward(x), y);
        for (Tensor p : parameters) {
            p.zeroGrad();
        }
        loss.backward();
        for (Tensor p : parameters) {
            double[] v = p.storage();
            double[] g = p.gradStorage();
            for (int i = 0; i < v.length; i++) {
                v[i] -= LEARNING_RATE * g[i];
            }
        }
        return loss.item();
    }

    @Benchmark
    public double handWritten() {
        double loss = gradients();
        update(w1, dw1);
        update(b1, db1);
        update(w2, dw2);
        update(b2, db2);
        return loss;
    }

    /** The forward pass and the gradients into dw1, db1, dw2, db2; returns the loss. */
    double gradients() {
        // H = X·W₁ + b₁, A = relu(H)
        Gemm.gemm(false, false, BATCH, HIDDEN, IN, 1.0, xData, 0, IN, w1, 0, HIDDEN, 0.0, h, 0, HIDDEN);
        for (int r = 0; r < BATCH; r++) {
            for (int j = 0; j < HIDDEN; j++) {
                int at = r * HIDDEN + j;
                h[at] += b1[j];
                a[at] = Math.max(h[at], 0.0);
            }
        }
        // Z = A·W₂ + b₂
        Gemm.gemm(false, false, BATCH, OUT, HIDDEN, 1.0, a, 0, HIDDEN, w2, 0, OUT, 0.0, z, 0, OUT);
        // P = softmax(Z) row by row, L = (1/N) Σ [LSE(zᵣ) − zᵣ,yᵣ], dZ = (P − Y)/N
        double loss = 0;
        for (int r = 0; r < BATCH; r++) {
            int base = r * OUT;
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < OUT; j++) {
                z[base + j] += b2[j];
                m = Math.max(m, z[base + j]);
            }
            double s = 0;
            for (int j = 0; j < OUT; j++) {
                dz[base + j] = Math.exp(z[base + j] - m);
                s += dz[base + j];
            }
            loss += m + Math.log(s) - z[base + y[r]];
            for (int j = 0; j < OUT; j++) {
                dz[base + j] = (dz[base + j] / s - (j == y[r] ? 1 : 0)) / BATCH;
            }
        }
        // dW₂ = Aᵀ·dZ, db₂ = Σᵣ dZᵣ, dA = dZ·W₂ᵀ
        Gemm.gemm(true, false, HIDDEN, OUT, BATCH, 1.0, a, 0, HIDDEN, dz, 0, OUT, 0.0, dw2, 0, OUT);
        columnSums(dz, BATCH, OUT, db2);
        Gemm.gemm(false, true, BATCH, HIDDEN, OUT, 1.0, dz, 0, OUT, w2, 0, OUT, 0.0, da, 0, HIDDEN);
        // dH = dA ⊙ [H > 0] (in place), dW₁ = Xᵀ·dH, db₁ = Σᵣ dHᵣ
        for (int i = 0; i < da.length; i++) {
            if (h[i] <= 0) {
                da[i] = 0;
            }
        }
        Gemm.gemm(true, false, IN, HIDDEN, BATCH, 1.0, xData, 0, IN, da, 0, HIDDEN, 0.0, dw1, 0, HIDDEN);
        columnSums(da, BATCH, HIDDEN, db1);
        return loss / BATCH;
    }

    private static void columnSums(double[] m, int rows, int cols, double[] sums) {
        java.util.Arrays.fill(sums, 0.0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                sums[j] += m[r * cols + j];
            }
        }
    }

    private static void update(double[] v, double[] g) {
        for (int i = 0; i < v.length; i++) {
            v[i] -= LEARNING_RATE * g[i];
        }
    }

    /** Both ways give the same loss and gradients from the same initial parameters (before any update). */
    private void checkGradientsAgree() {
        double expected = gradients();
        Tensor loss = Losses.crossEntropy(mlp.forward(x), y);
        loss.backward();
        require(Math.abs(loss.item() - expected) <= 1e-12, "loss " + loss.item() + " vs " + expected);
        double[][] hand = {dw1, db1, dw2, db2};
        for (int k = 0; k < 4; k++) {
            double[] g = parameters.get(k).gradStorage();
            for (int i = 0; i < g.length; i++) {
                require(Math.abs(g[i] - hand[k][i]) <= 1e-12, "parameter " + k + " gradient " + i + ": " + g[i]
                        + " vs " + hand[k][i]);
            }
            parameters.get(k).zeroGrad();
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException("TensorTrainingBenchmark: AD and hand-written step differ: " + problem);
        }
    }
}
