package dev.polya.probability.random;

import dev.polya.core.InvalidArgumentException;
import dev.polya.linalg.Matrix;
import dev.polya.linalg.Vector;
import java.util.random.RandomGenerator;

/**
 * A generator that reproduces NumPy's legacy {@code numpy.random.RandomState} bit for bit for an integer
 * seed, so a sample can print exactly what a notebook printed after {@code np.random.seed(42)}.
 *
 * <p>Algorithms, each a transcription of NumPy's legacy code path (NumPy 1.17–2.x keep it frozen):
 * <ul>
 *   <li>Bits: MT19937 (Matsumoto–Nishimura). {@code RandomState(seed)} for a Python int in [0, 2³²) seeds
 *       with {@code init_genrand(seed)} ({@code mt19937_seed}), not {@code init_by_array}; the state is then
 *       regenerated on the first draw. A 64-bit word is {@code hi << 32 | lo}, high word first.</li>
 *   <li>{@link #randomSample()}: {@code (a>>>5 · 2²⁶ + b>>>6) / 2⁵³} from two 32-bit outputs a, b.</li>
 *   <li>{@link #standardNormal()}: Marsaglia's polar method; each accepted pair returns f·x₂ and caches f·x₁
 *       for the next call ({@code legacy_gauss}). The cache survives interleaved uniform draws.</li>
 *   <li>{@link #randint(long, long)}: NumPy's masked rejection on 32 bits when high − low − 1 &lt; 2³², on
 *       64 bits otherwise (the int64 default dtype); {@link #choice(int)} and {@link #permutation(int)} are
 *       {@code randint(0, n)} and a Fisher–Yates shuffle with {@code random_interval}.</li>
 *   <li>{@link #binomial(long, double)}: inversion when min(p, 1−p)·n ≤ 30, else BTPE (Kachitvichyanukul and
 *       Schmeiser 1988); {@link #poisson(double)}: multiplication when λ &lt; 10, else PTRS (Hörmann 1993).</li>
 * </ul>
 *
 * <p>Exactness: every step is IEEE-754 arithmetic (sqrt included) except {@code log} and {@code exp}.
 * Uniforms, integers, choices, permutations, binomial and Poisson draws equal NumPy's bit for bit (the tests
 * check 10⁴ draws of each for five seeds; in the discrete samplers log and exp only feed comparisons, where
 * a last-bit difference would matter only in a near-tie). The normals' last bits depend on the log: NumPy
 * takes the C library's, which is not correctly rounded (glibc 2.36 on x86-64 misrounds about 8 in 10⁴
 * arguments in (0, 1), by a different set without FMA), and {@link Math#log} may vary by JVM and platform.
 * {@link #standardNormal()} therefore uses a correctly rounded log ({@code CorrectlyRoundedLog}): its
 * draws are platform-independent and equal NumPy's legacy algorithm with a correctly rounded log bit for bit,
 * which is NumPy-on-glibc's output except on a few draws in 10⁴ that differ by an ulp or two (0 to 6 in the
 * tests' cases). {@link #multivariateNormal(Vector, Matrix, int)} uses these normals and NumPy's formula but
 * polya's SVD, whose singular-vector signs need not be LAPACK's, so its draws are NumPy's only up to those
 * signs (see there).
 *
 * <p>As a {@link RandomGenerator}, {@link #nextInt()} is one 32-bit MT output, {@link #nextLong()} one
 * 64-bit word, {@link #nextDouble()} is {@link #randomSample()} and {@link #nextGaussian()} is
 * {@link #standardNormal()}, so {@code Vector.random(n, np)} equals {@code np.random.random_sample(n)}.
 *
 * <p>Not thread-safe; not for cryptography. For polya's own work prefer the faster {@link Rng}.
 *
 * <p>References: M. Matsumoto, T. Nishimura, <i>Mersenne Twister</i>, ACM TOMACS 8(1), 1998; NumPy,
 * {@code numpy/random/src/legacy/legacy-distributions.c}, {@code distributions.c}, {@code _mt19937.pyx}.
 */
public final class NumpyRandom implements RandomGenerator {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final long seed;
    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /**
     * A generator in the state of {@code numpy.random.RandomState(seed)} (equivalently after
     * {@code np.random.seed(seed)}).
     *
     * @param seed in [0, 2³² − 1], as NumPy requires
     * @throws InvalidArgumentException if the seed is outside that range
     */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new InvalidArgumentException("seed must be in [0, 2^32 - 1], got " + seed);
        }
        this.seed = seed;
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /**
     * @return the seed this generator was created with
     */
    public long seed() {
        return seed;
    }

    // ---------------------------------------------------------------- raw bits

    private void generate() {
        int i = 0;
        int y;
        for (; i < N - M; i++) {
            y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }

    /**
     * @return the next 32-bit MT19937 output, as NumPy's {@code next_uint32} (read unsigned with
     *     {@link Integer#toUnsignedLong(int)})
     */
    @Override
    public int nextInt() {
        if (pos == N) {
            generate();
        }
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /**
     * @return the next 64-bit word, {@code hi << 32 | lo} from two 32-bit outputs (NumPy's {@code next_uint64})
     */
    @Override
    public long nextLong() {
        long hi = Integer.toUnsignedLong(nextInt());
        long lo = Integer.toUnsignedLong(nextInt());
        return hi << 32 | lo;
    }

    /** Same as {@link #randomSample()}. */
    @Override
    public double nextDouble() {
        return randomSample();
    }

    /** Same as {@link #standardNormal()}. */
    @Override
    public double nextGaussian() {
        return standardNormal();
    }

    // ---------------------------------------------------------------- continuous

    /**
     * {@code random_sample()} (also {@code rand()}, {@code random()}): a uniform double in [0, 1) with 53
     * random bits.
     *
     * @return the next draw
     */
    public double randomSample() {
        int a = nextInt() >>> 5;
        int b = nextInt() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * {@code random_sample(n)}.
     *
     * @param n the number of draws, ≥ 0
     * @return n draws in order
     */
    public Vector randomSample(int n) {
        double[] d = new double[requireSize(n)];
        for (int i = 0; i < d.length; i++) {
            d[i] = randomSample();
        }
        return Vector.of(d);
    }

    /**
     * {@code standard_normal()} (also {@code randn()}): the legacy Marsaglia polar method with the cached
     * second value: uniforms x₁, x₂ in (−1, 1) until 0 &lt; r² = x₁² + x₂² &lt; 1, f = √(−2 ln r² / r²), return
     * f·x₂ and keep f·x₁ for the next call. ln is correctly rounded ({@code CorrectlyRoundedLog}; see the
     * class comment on exactness); cost about 1.27 pairs of uniforms and one such log per two draws.
     *
     * @return the next N(0, 1) draw
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            double t = gauss;
            gauss = 0.0;
            return t;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * CorrectlyRoundedLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * {@code standard_normal(n)}.
     *
     * @param n the number of draws, ≥ 0
     * @return n draws in order
     */
    public Vector standardNormal(int n) {
        double[] d = new double[requireSize(n)];
        for (int i = 0; i < d.length; i++) {
            d[i] = standardNormal();
        }
        return Vector.of(d);
    }

    /**
     * {@code normal(loc, scale)} = loc + scale · {@link #standardNormal()}.
     *
     * @param loc the mean, finite
     * @param scale the standard deviation, finite and ≥ 0 (NumPy allows 0)
     * @return the next draw
     * @throws InvalidArgumentException if loc is not finite or scale is negative or not finite
     */
    public double normal(double loc, double scale) {
        checkNormal(loc, scale);
        return loc + scale * standardNormal();
    }

    /**
     * {@code normal(loc, scale, n)}.
     *
     * @param loc the mean, finite
     * @param scale the standard deviation, finite and ≥ 0
     * @param n the number of draws, ≥ 0
     * @return n draws in order
     * @throws InvalidArgumentException for a bad loc, scale or n
     */
    public Vector normal(double loc, double scale, int n) {
        checkNormal(loc, scale);
        double[] d = new double[requireSize(n)];
        for (int i = 0; i < d.length; i++) {
            d[i] = loc + scale * standardNormal();
        }
        return Vector.of(d);
    }

    private static void checkNormal(double loc, double scale) {
        if (!Double.isFinite(loc)) {
            throw new InvalidArgumentException("loc must be finite, got " + loc);
        }
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new InvalidArgumentException("scale must be finite and >= 0, got " + scale);
        }
    }

    /**
     * {@code uniform(low, high)} = low + (high − low) · {@link #randomSample()}, in [low, high) up to
     * rounding. As in NumPy, high &lt; low is allowed and gives draws in (high, low].
     *
     * @param low the lower end, finite
     * @param high the upper end, finite
     * @return the next draw
     * @throws InvalidArgumentException if an end is not finite or high − low overflows
     */
    public double uniform(double low, double high) {
        double range = checkUniform(low, high);
        return low + range * randomSample();
    }

    /**
     * {@code uniform(low, high, n)}.
     *
     * @param low the lower end, finite
     * @param high the upper end, finite
     * @param n the number of draws, ≥ 0
     * @return n draws in order
     * @throws InvalidArgumentException for bad ends or n
     */
    public Vector uniform(double low, double high, int n) {
        double range = checkUniform(low, high);
        double[] d = new double[requireSize(n)];
        for (int i = 0; i < d.length; i++) {
            d[i] = low + range * randomSample();
        }
        return Vector.of(d);
    }

    private static double checkUniform(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new InvalidArgumentException("uniform ends must be finite, got low=" + low + ", high=" + high);
        }
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new InvalidArgumentException("uniform range high - low overflows, got low=" + low + ", high=" + high);
        }
        return range;
    }

    // ---------------------------------------------------------------- integers

    /**
     * {@code randint(high)} = {@code randint(0, high)}.
     *
     * @param high the exclusive upper end, &gt; 0
     * @return the next draw in [0, high)
     */
    public long randint(long high) {
        return randint(0, high);
    }

    /**
     * {@code randint(low, high)} with the default int64 dtype: low + a masked-rejection draw in
     * [0, high − low − 1], on one 32-bit output per try when that range fits 32 bits, else on 64-bit words.
     *
     * @param low the inclusive lower end
     * @param high the exclusive upper end, &gt; low
     * @return the next draw in [low, high)
     * @throws InvalidArgumentException if low ≥ high
     */
    public long randint(long low, long high) {
        if (low >= high) {
            throw new InvalidArgumentException("randint needs low < high, got low=" + low + ", high=" + high);
        }
        long rng = high - 1 - low; // unsigned, exact for any low < high
        return low + bounded(rng);
    }

    /**
     * {@code randint(low, high, n)}.
     *
     * @param low the inclusive lower end
     * @param high the exclusive upper end, &gt; low
     * @param n the number of draws, ≥ 0
     * @return n draws in order
     * @throws InvalidArgumentException if low ≥ high or n &lt; 0
     */
    public long[] randint(long low, long high, int n) {
        if (low >= high) {
            throw new InvalidArgumentException("randint needs low < high, got low=" + low + ", high=" + high);
        }
        long rng = high - 1 - low;
        long[] out = new long[requireSize(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = low + bounded(rng);
        }
        return out;
    }

    /** NumPy's {@code random_bounded_uint64} with {@code use_masked}: a value in [0, rng] (rng unsigned). */
    private long bounded(long rng) {
        if (rng == 0) {
            return 0;
        }
        if (Long.compareUnsigned(rng, 0xffffffffL) <= 0) {
            if (rng == 0xffffffffL) {
                return Integer.toUnsignedLong(nextInt());
            }
            long mask = mask(rng);
            long v;
            do {
                v = Integer.toUnsignedLong(nextInt()) & mask;
            } while (v > rng);
            return v;
        }
        if (rng == -1L) {
            return nextLong();
        }
        long mask = mask(rng);
        long v;
        do {
            v = nextLong() & mask;
        } while (Long.compareUnsigned(v, rng) > 0);
        return v;
    }

    private static long mask(long max) {
        long m = max;
        m |= m >>> 1;
        m |= m >>> 2;
        m |= m >>> 4;
        m |= m >>> 8;
        m |= m >>> 16;
        m |= m >>> 32;
        return m;
    }

    /** NumPy's {@code random_interval}: a value in [0, max] by masked rejection (used by shuffle). */
    private long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long v;
        if (max <= 0xffffffffL) {
            do {
                v = Integer.toUnsignedLong(nextInt()) & mask;
            } while (v > max);
        } else {
            do {
                v = nextLong() & mask;
            } while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }

    /**
     * {@code choice(n)}: a uniform index in [0, n), the same draw as {@code randint(0, n)}.
     *
     * @param n the population size, &gt; 0
     * @return the next index
     * @throws InvalidArgumentException if n ≤ 0
     */
    public long choice(int n) {
        if (n <= 0) {
            throw new InvalidArgumentException("choice population n must be > 0, got " + n);
        }
        return randint(0, n);
    }

    /**
     * {@code choice(n, size, replace)}: with replacement, {@code randint(0, n, size)}; without, the first
     * {@code size} entries of {@link #permutation(int) permutation(n)} (NumPy's legacy way, which consumes
     * n − 1 interval draws whatever the size).
     *
     * @param n the population size, &gt; 0 (or 0 when size is 0)
     * @param size the number of indices, ≥ 0 and ≤ n without replacement
     * @param replace whether an index may repeat
     * @return the indices in draw order
     * @throws InvalidArgumentException for a bad n or size
     */
    public long[] choice(int n, int size, boolean replace) {
        requireSize(size);
        if (n < 0 || (n == 0 && size > 0)) {
            throw new InvalidArgumentException("choice population n must be > 0 unless no samples are taken, got " + n);
        }
        if (replace) {
            return size == 0 ? new long[0] : randint(0, n, size);
        }
        if (size > n) {
            throw new InvalidArgumentException(
                    "choice without replacement needs size <= n, got size=" + size + ", n=" + n);
        }
        long[] perm = permutation(n);
        long[] out = new long[size];
        System.arraycopy(perm, 0, out, 0, size);
        return out;
    }

    /**
     * {@code permutation(n)}: 0, …, n − 1 shuffled by the legacy Fisher–Yates loop (i from n − 1 down to 1,
     * swap with {@code random_interval(i)}).
     *
     * @param n the length, ≥ 0
     * @return a random permutation
     */
    public long[] permutation(int n) {
        long[] a = new long[requireSize(n)];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) interval(i);
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    // ---------------------------------------------------------------- discrete distributions

    /**
     * {@code binomial(n, p)}: inversion when min(p, 1 − p)·n ≤ 30, otherwise BTPE; for p &gt; 1/2 the draw
     * is n minus a draw with 1 − p.
     *
     * @param n the number of trials, ≥ 0
     * @param p the success probability, in [0, 1]
     * @return the number of successes
     * @throws InvalidArgumentException for n &lt; 0 or p outside [0, 1] (or NaN)
     */
    public long binomial(long n, double p) {
        checkBinomial(n, p);
        return NumpyRandomDiscrete.binomial(this, n, p);
    }

    /**
     * {@code binomial(n, p, size)}.
     *
     * @param n the number of trials, ≥ 0
     * @param p the success probability, in [0, 1]
     * @param size the number of draws, ≥ 0
     * @return the draws in order
     * @throws InvalidArgumentException for bad n, p or size
     */
    public long[] binomial(long n, double p, int size) {
        checkBinomial(n, p);
        long[] out = new long[requireSize(size)];
        for (int i = 0; i < out.length; i++) {
            out[i] = NumpyRandomDiscrete.binomial(this, n, p);
        }
        return out;
    }

    private static void checkBinomial(long n, double p) {
        if (n < 0) {
            throw new InvalidArgumentException("binomial n must be >= 0, got " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new InvalidArgumentException("binomial p must be in [0, 1], got " + p);
        }
    }

    /** NumPy's largest accepted Poisson rate (legacy {@code poisson_lam_max}). */
    public static final double POISSON_LAM_MAX = 9.223372006484771e18;

    /**
     * {@code poisson(lam)}: multiplication of uniforms when λ &lt; 10, PTRS otherwise.
     *
     * @param lam the rate, in [0, {@link #POISSON_LAM_MAX}]
     * @return the next draw
     * @throws InvalidArgumentException for a negative, NaN or too large rate
     */
    public long poisson(double lam) {
        checkPoisson(lam);
        return NumpyRandomDiscrete.poisson(this, lam);
    }

    /**
     * {@code poisson(lam, size)}.
     *
     * @param lam the rate, in [0, {@link #POISSON_LAM_MAX}]
     * @param size the number of draws, ≥ 0
     * @return the draws in order
     * @throws InvalidArgumentException for a bad rate or size
     */
    public long[] poisson(double lam, int size) {
        checkPoisson(lam);
        long[] out = new long[requireSize(size)];
        for (int i = 0; i < out.length; i++) {
            out[i] = NumpyRandomDiscrete.poisson(this, lam);
        }
        return out;
    }

    private static void checkPoisson(double lam) {
        if (!(lam >= 0 && lam <= POISSON_LAM_MAX)) {
            throw new InvalidArgumentException("poisson lam must be in [0, " + POISSON_LAM_MAX + "], got " + lam);
        }
    }

    // ---------------------------------------------------------------- multivariate normal

    /**
     * {@code multivariate_normal(mean, cov, size)} the legacy way: Z, a size×d matrix of
     * {@link #standardNormal()} draws filled row by row, times √s·Vᵀ from the SVD cov = U·diag(s)·Vᵀ, plus
     * the mean. The normal draws are NumPy's; the product depends on the SVD, whose singular vectors here
     * come from polya's {@link dev.polya.linalg.decomposition.SVD}, not LAPACK, and a singular vector's sign is
     * arbitrary. Where both choose the same signs the rows agree with NumPy to rounding; where they differ the
     * draws are still N(mean, cov) but not NumPy's. For the book's cov = [[3, 2], [2, 2]] both vectors come out
     * negated, so every draw is the negation of NumPy's to within an ulp or two, and sample covariances agree
     * with NumPy's to rounding (catalog TV 47).
     *
     * @param mean the mean vector, length d ≥ 1
     * @param cov the d×d covariance, symmetric positive semi-definite (checked as NumPy does: the SVD must
     *     reproduce cov within 1e-8)
     * @param size the number of draws, ≥ 0
     * @return a size×d matrix, one draw per row
     * @throws InvalidArgumentException for mismatched shapes, a non-finite or not positive semi-definite cov,
     *     or a negative size
     */
    public Matrix multivariateNormal(Vector mean, Matrix cov, int size) {
        return NumpyRandomMultivariate.sample(this, mean, cov, requireSize(size));
    }

    /**
     * One draw of {@link #multivariateNormal(Vector, Matrix, int)}.
     *
     * @param mean the mean vector, length d ≥ 1
     * @param cov the d×d covariance, symmetric positive semi-definite
     * @return a vector of length d
     * @throws InvalidArgumentException for a bad mean or cov
     */
    public Vector multivariateNormal(Vector mean, Matrix cov) {
        return NumpyRandomMultivariate.sample(this, mean, cov, 1).row(0);
    }

    private static int requireSize(int n) {
        if (n < 0) {
            throw new InvalidArgumentException("size must be >= 0, got " + n);
        }
        return n;
    }
}
