package dev.polya.probability.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CorrectlyRoundedLog} against mpmath's correctly rounded ln x, from
 * correctly-rounded-log-reference.txt (written by src/test/reference/correctly_rounded_log_reference.py with
 * mpmath 1.2.1): every argument/result pair listed there (random samples, arguments within 0.02 ulp of a
 * midpoint, near-1 hard cases, and the 322 arguments where glibc 2.36's log is not correctly rounded), and a
 * SHA-256 digest of the results on 10⁶ splitmix64-generated arguments that this test regenerates.
 */
class CorrectlyRoundedLogTest {

    private static final String RESOURCE = "correctly-rounded-log-reference.txt";
    /** splitmix64 seed of the script's arguments. */
    private static final long SEED = 0x5EED_106L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Arguments per family: uniform in (0, 1), near 1, tiny, anywhere (as in the script). */
    private static final int[] FAMILY_SIZES = {400_000, 200_000, 100_000, 300_000};
    /** Sizes of the seeded property checks. */
    private static final int PROPERTY_DRAWS = 200_000;
    private static final int SLOW_CHECKS = 300;

    private static final List<long[]> PAIRS = new ArrayList<>();
    private static final Map<String, Integer> TAGS = new TreeMap<>();
    private static long digestCount;
    private static String digest;

    @BeforeAll
    static void readReference() throws IOException {
        try (InputStream in = CorrectlyRoundedLogTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                if (f[0].equals("digest")) {
                    digestCount = Long.parseLong(f[1]);
                    digest = f[2];
                    continue;
                }
                PAIRS.add(new long[] {Long.parseUnsignedLong(f[0], 16), Long.parseUnsignedLong(f[1], 16)});
                TAGS.merge(f[2], 1, Integer::sum);
            }
        }
    }

    @Test
    void listedArgumentsGiveTheCorrectlyRoundedLog() {
        // g: glibc misrounds, m: within 0.02 ulp of a midpoint, h: near-1 hard cases, r: random sample
        assertEquals(322, TAGS.get("g"));
        assertTrue(TAGS.get("h") > 50 && TAGS.get("m") > 1000 && TAGS.get("r") > 1000, TAGS::toString);
        for (long[] p : PAIRS) {
            double x = Double.longBitsToDouble(p[0]);
            double expected = Double.longBitsToDouble(p[1]);
            assertEquals(expected, CorrectlyRoundedLog.log(x), 0.0, () -> "log(" + x + ")");
        }
    }

    @Test
    void millionArgumentsMatchTheDigestOfCorrectlyRoundedResults() throws NoSuchAlgorithmException {
        assertEquals(1_000_000, digestCount);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
        long[] state = {SEED};
        int count = 0;
        for (int family = 0; family < FAMILY_SIZES.length; family++) {
            for (int n = 0; n < FAMILY_SIZES[family]; ) {
                double x = argument(family, splitMix64(state));
                if (Double.isNaN(x)) {
                    continue; // a skipped pattern, as in the script
                }
                buffer.putDouble(CorrectlyRoundedLog.log(x));
                if (!buffer.hasRemaining()) {
                    sha.update(buffer.array());
                    buffer.clear();
                }
                n++;
                count++;
            }
        }
        sha.update(buffer.array(), 0, buffer.position());
        assertEquals(digestCount, count);
        assertEquals(digest, HexFormat.of().formatHex(sha.digest()));
    }

    /** The script's argument families; NaN for a skipped draw. */
    private static double argument(int family, long z) {
        switch (family) {
            case 0: {
                long m = z >>> 11;
                return m == 0 ? Double.NaN : m * 0x1p-53;
            }
            case 1: {
                long j = (z >>> 44) - (1L << 19);
                return 1.0 + j * (j >= 0 ? 0x1p-52 : 0x1p-53);
            }
            case 2: {
                long bits = z & ((1L << 58) - 1);
                return bits == 0 ? Double.NaN : Double.longBitsToDouble(bits);
            }
            default: {
                long bits = z >>> 1;
                return bits == 0 || (z >>> 53) == 0x7ff ? Double.NaN : Double.longBitsToDouble(bits);
            }
        }
    }

    private static long splitMix64(long[] state) {
        long z = state[0] += GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Test
    void specialValuesAreMathLogs() {
        assertTrue(Double.isNaN(CorrectlyRoundedLog.log(Double.NaN)));
        assertTrue(Double.isNaN(CorrectlyRoundedLog.log(-1.0)));
        assertTrue(Double.isNaN(CorrectlyRoundedLog.log(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(CorrectlyRoundedLog.log(-Double.MIN_VALUE)));
        assertEquals(Double.NEGATIVE_INFINITY, CorrectlyRoundedLog.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, CorrectlyRoundedLog.log(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, CorrectlyRoundedLog.log(Double.POSITIVE_INFINITY));
        assertEquals(0.0, CorrectlyRoundedLog.log(1.0), 0.0);
        assertEquals(0L, Double.doubleToRawLongBits(CorrectlyRoundedLog.log(1.0))); // +0.0, not −0.0
        // ln(2ᵏ) = k·ln 2 rounded; 2⁻¹⁰⁷⁴ and the largest double at the ends of the range
        assertEquals(-744.4400719213812, CorrectlyRoundedLog.log(Double.MIN_VALUE), 0.0); // mpmath
        assertEquals(709.782712893384, CorrectlyRoundedLog.log(Double.MAX_VALUE), 0.0); // mpmath
        assertEquals(0.6931471805599453, CorrectlyRoundedLog.log(2.0), 0.0); // ln 2 rounded
    }

    @Test
    void isWithinOneUlpOfMathLogAndMonotone() {
        SplittableRandom rng = new SplittableRandom(20261121L);
        for (int i = 0; i < PROPERTY_DRAWS; i++) {
            double x = i % 2 == 0 ? rng.nextDouble() : Double.longBitsToDouble(rng.nextLong(0x7ff0000000000000L));
            if (x == 0) {
                continue;
            }
            double y = CorrectlyRoundedLog.log(x);
            double m = Math.log(x);
            assertTrue(y == m || y == Math.nextUp(m) || y == Math.nextDown(m), () -> "log(" + x + ")");
            double next = Math.nextUp(x);
            assertTrue(CorrectlyRoundedLog.log(next) >= y, () -> "monotone at " + x);
        }
    }

    @Test
    void doubleDoubleResultIsBracketedByBigDecimalMidpointTests() {
        // the fast tiers' answer y must satisfy exp(y − h⁻) < x < exp(y + h⁺), checked in BigDecimal alone
        SplittableRandom rng = new SplittableRandom(7L);
        for (int i = 0; i < SLOW_CHECKS; i++) {
            double x;
            switch (i % 3) {
                case 0 -> x = rng.nextDouble();
                case 1 -> x = 1.0 + (rng.nextInt(2_000_001) - 1_000_000) * 0x1p-52;
                default -> x = Double.longBitsToDouble(rng.nextLong(1L, 0x7ff0000000000000L));
            }
            if (x == 1.0) {
                continue;
            }
            double y = CorrectlyRoundedLog.log(x);
            double hUp = (Math.nextUp(y) - y) * 0.5;
            double hDown = (Math.nextDown(y) - y) * 0.5;
            double xx = x;
            assertFalse(CorrectlyRoundedLog.exceedsExp(x, y, hUp), () -> "ln " + xx + " above the upper midpoint");
            assertTrue(CorrectlyRoundedLog.exceedsExp(x, y, hDown), () -> "ln " + xx + " below the lower midpoint");
        }
    }

    @Test
    void hardestNearOneCaseNeedsTheBigDecimalTierAndGetsItRight() {
        // ln(1 − 2⁻⁵²) = −2⁻⁵² − 2⁻¹⁰⁵ − 2⁻¹⁵⁶/3 − …: 2⁻¹⁰⁵ is half an ulp, so it lies just past a midpoint
        double x = 1.0 - 0x1p-52;
        double y = CorrectlyRoundedLog.log(x);
        assertEquals(-0x1p-52 - 0x1p-104, y, 0.0);
        assertTrue(CorrectlyRoundedLog.exceedsExp(x, y, (Math.nextDown(y) - y) * 0.5));
        assertFalse(CorrectlyRoundedLog.exceedsExp(x, y, (Math.nextUp(y) - y) * 0.5));
    }
}
