package dev.polya.samples.part3;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the plain-Java chapters 16–17 sample with its output captured and checks the lines that carry its
 * results: Rosenbrock's gradient and Hessian at (−1.2, 1) in closed form, BFGS's iteration and evaluation
 * counts (SciPy 1.10: 32 and 39), and the network's training accuracy.
 */
class Chapter17OptimizationInManyVariablesTest {

    private static List<String> lines;

    @BeforeAll
    static void runSample() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            Chapter17OptimizationInManyVariables.run(out);
        }
        lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void assertPrinted(String line) {
        assertTrue(lines.contains(line), () -> "expected the line\n  " + line + "\nin the output:\n" + String.join("\n", lines));
    }

    @Test
    void derivativesMatchTheClosedForms() {
        assertPrinted("f(−1.2, 1) = 24.200000");
        assertPrinted("∇f(−1.2, 1) = (-215.600000, -88.000000)");
        assertPrinted("∇²f(−1.2, 1) = [[1330.000000, 480.000000], [480.000000, 200.000000]]");
        assertPrinted("gradient check passes at 1e-8: true");
    }

    @Test
    void everyMethodReachesTheMinimum() {
        assertPrinted("BFGS            32 iterations    39 evaluations  x = (1.000000, 1.000000)  CONVERGED_GRADIENT");
        assertPrinted("Newton          21 iterations    26 evaluations  x = (1.000000, 1.000000)  CONVERGED_GRADIENT");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("L-BFGS") && l.endsWith("CONVERGED_GRADIENT")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Nelder-Mead") && l.endsWith("CONVERGED_SIMPLEX")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Adam") && l.endsWith("CONVERGED_GRADIENT")), lines::toString);
    }

    @Test
    void theNetworkSeparatesTheMoons() {
        assertPrinted("training accuracy 1.0");
    }
}
