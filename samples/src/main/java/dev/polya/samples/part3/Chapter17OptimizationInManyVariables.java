package dev.polya.samples.part3;

import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import dev.polya.ml.data.ClassificationData;
import dev.polya.ml.data.PlanarDatasets;
import dev.polya.ml.neural.Activation;
import dev.polya.ml.neural.MLP;
import dev.polya.ml.neural.Trainer;
import dev.polya.ml.neural.TrainingHistory;
import dev.polya.ml.neural.TrainingOptions;
import dev.polya.multivariable.GradientCheck;
import dev.polya.multivariable.autodiff.ScalarField;
import dev.polya.multivariable.autodiff.Var;
import dev.polya.multivariable.optimize.Adam;
import dev.polya.multivariable.optimize.BFGS;
import dev.polya.multivariable.optimize.FirstOrder;
import dev.polya.multivariable.optimize.LBFGS;
import dev.polya.multivariable.optimize.MinimizationResult;
import dev.polya.multivariable.optimize.Minimizer;
import dev.polya.multivariable.optimize.NelderMead;
import dev.polya.multivariable.optimize.Newton;
import dev.polya.probability.random.Rng;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Chapters 16–17 in plain Java with the engine alone: a function of two variables written once over
 * reverse-mode AD scalars, its exact gradient and Hessian, a gradient check, Rosenbrock's banana minimized by
 * BFGS, L-BFGS, Newton, Nelder–Mead and Adam, and a small network trained on two moons.
 *
 * <p>The Kotlin scripts {@code samples/scripts/part3/ch16-…}, {@code ch17-…} and {@code ch17b-…} tell the same
 * story with the DSL ({@code fn { x, y -> … }}, {@code minimize(f, start, BFGS())}), build each idea by hand
 * first and draw the figures. Run this one from an IDE, or after {@code mvn -pl samples -am compile} with
 * <pre>
 * java --add-modules jdk.incubator.vector -cp "engine-java/target/classes:samples/target/classes" dev.polya.samples.part3.Chapter17OptimizationInManyVariables
 * </pre>
 * {@code Chapter17OptimizationInManyVariablesTest} runs it and checks what it prints.
 *
 * <p>Reference values: closed forms (∇ and ∇² of Rosenbrock's function), and SciPy 1.10's BFGS iteration and
 * evaluation counts on the same problem (32 and 39).
 */
public final class Chapter17OptimizationInManyVariables {

    private Chapter17OptimizationInManyVariables() {
    }

    /** Rosenbrock's function f(x, y) = (1 − x)² + 100(y − x²)², written once over AD scalars. */
    static final ScalarField ROSENBROCK = v -> {
        Var x = v[0];
        Var y = v[1];
        Var a = Var.minus(1, x);
        Var b = y.minus(x.square());
        return a.square().plus(b.square().times(100));
    };

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
        Vector start = Vector.of(-1.2, 1.0);

        // 1. A ScalarField is a function ℝⁿ → ℝ written once over Vars: it evaluates on doubles, and one reverse
        //    sweep over the operations it recorded gives the whole gradient. Closed form at (−1.2, 1):
        //    ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)) = (−215.6, −88).
        out.println("1. Exact derivatives by reverse-mode AD");
        out.println("f(−1.2, 1) = " + fmt(ROSENBROCK.applyAsDouble(start)));
        out.println("∇f(−1.2, 1) = " + fmt(ROSENBROCK.gradient(start)));
        Matrix h = ROSENBROCK.hessian(start);
        // ∇²f = [[2 − 400(y − 3x²), −400x], [−400x, 200]] = [[1330, 480], [480, 200]]
        out.println("∇²f(−1.2, 1) = [[" + fmt(h.get(0, 0)) + ", " + fmt(h.get(0, 1)) + "], [" + fmt(h.get(1, 0)) + ", "
                + fmt(h.get(1, 1)) + "]]");
        GradientCheck check = GradientCheck.checkGradient(ROSENBROCK, start);
        out.println("gradient check passes at 1e-8: " + check.passes(1e-8));

        // 2. Minimizers: each returns the point, the value, the cost, how it ended, and its path.
        out.println("2. Rosenbrock from (−1.2, 1)");
        report(out, "BFGS", Minimizer.minimize(ROSENBROCK, start, new BFGS()));
        report(out, "L-BFGS", Minimizer.minimize(ROSENBROCK, start, new LBFGS()));
        report(out, "Newton", Minimizer.minimize(ROSENBROCK, start, new Newton()));
        report(out, "Nelder-Mead", Minimizer.minimize(ROSENBROCK, start, new NelderMead()));
        report(out, "Adam", Minimizer.minimize(ROSENBROCK, start, new FirstOrder(new Adam(0.02), 1e-6, 5000)));

        // 3. A network of tensors, trained with Adam in mini-batches: two moons, 2 → 16 → 16 → 2, ReLU.
        out.println("3. A first network");
        ClassificationData moons = PlanarDatasets.twoMoons(300, 0.15, new Rng(3));
        MLP model = new MLP(new int[] {2, 16, 16, 2}, Activation.RELU, new Rng(2));
        TrainingHistory history = Trainer.train(model, moons.points(), moons.labels(), new Adam(0.01),
                new TrainingOptions(200, 32, 0));
        out.println("loss after the first step " + fmt(history.stepLosses()[0]) + ", after the last epoch "
                + String.format(Locale.ROOT, "%.2e", history.epochLosses()[history.epochLosses().length - 1]));
        out.println("training accuracy " + model.accuracy(moons.points(), moons.labels()));
    }

    private static void report(PrintStream out, String name, MinimizationResult r) {
        out.println(String.format(Locale.ROOT, "%-12s %5d iterations %5d evaluations  x = (%.6f, %.6f)  %s", name,
                r.iterations(), r.functionEvaluations(), r.x().get(0), r.x().get(1), r.status()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String fmt(Vector v) {
        return "(" + fmt(v.get(0)) + ", " + fmt(v.get(1)) + ")";
    }
}
