package dev.polya.samples.part4;

import dev.polya.linalg.Vector;
import dev.polya.probability.distributions.Binomial;
import dev.polya.probability.distributions.Convolution;
import dev.polya.probability.distributions.DiscreteUniform;
import dev.polya.probability.distributions.Expectation;
import dev.polya.probability.distributions.FiniteDistribution;
import dev.polya.probability.distributions.KullbackLeibler;
import dev.polya.probability.distributions.Normal;
import dev.polya.probability.distributions.StudentT;
import dev.polya.probability.information.Entropy;
import dev.polya.probability.random.NumpyRandom;
import dev.polya.probability.random.Rng;
import dev.polya.probability.statistics.ConfidenceInterval;
import dev.polya.probability.statistics.Descriptive;
import dev.polya.probability.statistics.TTest;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Chapters 19–20 and the statistics notebooks in plain Java with the engine alone: distributions as immutable
 * objects (pmf, pdf, cdf, quantile, moments, entropy), the sum of two dice by convolution, expectations and
 * KL divergence, sampling from explicit seeded streams, NumPy's legacy stream value for value, a t-test and a
 * confidence interval.
 *
 * <p>The Kotlin scripts {@code samples/scripts/part4/…} tell the same story with the DSL ({@code Normal(0, 1)},
 * {@code sample(d, n)}, {@code tTest(xs, mu = 50.0)}) and draw the figures. Run this one from an IDE, or after
 * {@code mvn -pl samples -am compile} with
 * <pre>
 * java -cp "engine-java/target/classes:samples/target/classes" dev.polya.samples.part4.Chapter19RandomVariablesAndDistributions
 * </pre>
 * {@code Chapter19RandomVariablesAndDistributionsTest} runs it and checks what it prints.
 *
 * <p>Reference values: scipy.stats 1.10 ({@code binom.pmf(10, 20, 0.5)}, {@code norm.ppf(0.975)}), NumPy 1.24
 * after {@code np.random.seed(42)} (catalog §2.5), and closed forms.
 */
public final class Chapter19RandomVariablesAndDistributions {

    private Chapter19RandomVariablesAndDistributions() {
    }

    /**
     * Runs the chapter and prints its results.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the chapter, printing to {@code out}.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        // 1. Distributions are immutable objects; invalid parameters are typed errors naming them.
        out.println("1. Distributions");
        Binomial coins = new Binomial(20, 0.5);
        out.println("P(10 heads in 20) = " + fmt(coins.pmf(10)) + ", P(≤ 10) = " + fmt(coins.cdf(10)));
        Normal z = Normal.standard();
        out.println("z(0.975) = " + fmt(z.quantile(0.975)) + ", Φ(1.96) = " + fmt(z.cdf(1.96)));
        out.println("t₉₉(0.975) = " + fmt(new StudentT(99).quantile(0.975)));
        out.println("entropy of N(0, 1) = " + fmt(z.entropy()) + " nats");

        // 2. The distribution of a sum of independent variables is the convolution of their PMFs.
        out.println("2. Two dice");
        FiniteDistribution twoDice = Convolution.sum(new DiscreteUniform(1, 6), new DiscreteUniform(1, 6));
        out.println("P(sum = 7) = " + fmt(twoDice.pmf(7)) + ", E = " + fmt(twoDice.mean()) + ", Var = " + fmt(twoDice.variance()));

        // 3. Expectations by quadrature, and the KL divergence in closed form.
        out.println("3. Expectations");
        out.println("E[X²] for N(0, 1) = " + fmt(Expectation.of(z, x -> x * x)));
        out.println("KL(N(0, 1) ‖ N(1, 2)) = " + fmt(KullbackLeibler.kl(z, new Normal(1, 2))));
        out.println("H(½, ¼, ¼) = " + fmt(Entropy.entropy(new double[] {0.5, 0.25, 0.25}, 2)) + " bits");

        // 4. Sampling is always from an explicit stream: the same seed, the same draws.
        out.println("4. Sampling");
        Vector draws = z.sample(new Rng(7), 100_000);
        out.println("100 000 draws: |mean| < 0.01 " + (Math.abs(Descriptive.mean(draws)) < 0.01) + ", sd "
                + String.format(Locale.ROOT, "%.2f", Descriptive.sd(draws, 1)));

        // 5. NumPy's legacy stream, value for value: x ~ N(52, 10²), n = 100 after np.random.seed(42), and the
        //    one-sample t-test of H₀: μ = 50 (the statistics notebook's t = 1.0587626660490…, p = 0.29228…).
        out.println("5. A t-test on NumPy's draws");
        double[] x = new NumpyRandom(42).normal(52.0, 10.0, 100).toArray();
        TTest.TTestResult test = TTest.oneSample(x, 50.0);
        out.println("mean " + fmt(Descriptive.mean(x)) + ", t = " + fmt(test.statistic()) + ", p = " + fmt(test.pValue()));
        ConfidenceInterval.Interval ci = ConfidenceInterval.tMean(x, 0.95);
        out.println("95% interval (" + fmt(ci.low()) + ", " + fmt(ci.high()) + ")");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
