package dev.polya.samples.part4;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the plain-Java chapter 19 sample with its output captured and checks its results against SciPy 1.10
 * (binom.pmf(10, 20, 0.5) = 0.176197, norm.ppf(0.975) = 1.959964), closed forms (two dice, E[X²] = 1, KL =
 * ln 2 + 1/4 − 1/2) and the statistics notebook's NumPy-seeded t-test (t = 1.058763, p = 0.292284).
 */
class Chapter19RandomVariablesAndDistributionsTest {

    private static List<String> lines;

    @BeforeAll
    static void runSample() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            Chapter19RandomVariablesAndDistributions.run(out);
        }
        lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void assertPrinted(String line) {
        assertTrue(lines.contains(line), () -> "expected the line\n  " + line + "\nin the output:\n" + String.join("\n", lines));
    }

    @Test
    void distributionsMatchSciPy() {
        assertPrinted("P(10 heads in 20) = 0.176197, P(≤ 10) = 0.588099");
        assertPrinted("z(0.975) = 1.959964, Φ(1.96) = 0.975002");
        assertPrinted("t₉₉(0.975) = 1.984217");
        assertPrinted("entropy of N(0, 1) = 1.418939 nats");
    }

    @Test
    void sumsExpectationsAndDivergences() {
        assertPrinted("P(sum = 7) = 0.166667, E = 7.000000, Var = 5.833333");
        assertPrinted("E[X²] for N(0, 1) = 1.000000");
        assertPrinted("KL(N(0, 1) ‖ N(1, 2)) = 0.443147");
        assertPrinted("H(½, ¼, ¼) = 1.500000 bits");
        assertPrinted("100 000 draws: |mean| < 0.01 true, sd 1.00");
    }

    @Test
    void theNotebooksTTest() {
        assertPrinted("mean 50.961535, t = 1.058763, p = 0.292284");
        assertPrinted("95% interval (49.159532, 52.763538)");
    }
}
