#!/usr/bin/env python3
"""Reference values for dev.polya.probability.random.NumpyRandom (NumpyRandomTest).

Each case draws N = 10_000 values from a fresh numpy.random.RandomState(seed) (NumPy's legacy generator)
and records one line:

    case seed kind sha256 sha256_cr differing sum weighted_sum abs_sum v0 v1 ... v19

kind is "d" (float64), "g" (float64 that goes through libm's log: the normals) or "l" (int64); sha256 is
over NumPy's N values as big-endian 8-byte words (the raw IEEE bits for doubles); the sums are math.fsum of
x_i, of i*x_i and of |x_i| (0 for integers); the first 20 values follow in Python's repr (shortest
round-trip form). The Java test computes the same digest and sums from its own draws.

For kind "g", sha256_cr is the digest of the same draws computed by NumPy's legacy algorithm (legacy_gauss:
Marsaglia's polar method with the cached second value) replayed here in Python on the same uniforms, but
with the correctly rounded log (mpmath) in place of glibc's, and "differing" counts the draws where the two
differ. glibc's log (2.36) is not correctly rounded on about 8 in 10^4 arguments in (0, 1) (see
correctly_rounded_log_reference.py), so NumPy's normals differ in the last bit or two from the correctly
rounded ones on a few draws in 10^4 -- and NumPy's own results depend on the platform's libm (glibc even
picks a different log, with different last bits, on CPUs without FMA). NumpyRandom uses the correctly
rounded log, so its normals must equal sha256_cr bit for bit; the replay with math.log is checked to equal
NumPy's draws exactly. For kinds "d" and "l", sha256_cr repeats sha256 and differing is 0.

Run with the system interpreter that has NumPy (apt package python3-numpy):
    /usr/bin/python3 engine-java/src/test/reference/numpy_random_reference.py \
        > engine-java/src/test/resources/dev/polya/probability/random/numpy-random-reference.txt
Generated with NumPy 1.24.2.
"""
import hashlib
import math
import struct
import sys

import mpmath
import numpy as np

N = 10_000
SEEDS = [0, 1, 42, 12345, 2**31 - 1]


def interleaved(r):
    # scalar calls mixing the cached second normal with uniform draws
    out = []
    while len(out) < N:
        out.append(float(r.standard_normal()))
        out.append(float(r.random_sample()))
        out.append(float(r.normal(1.0, 2.0)))
    return np.array(out[:N])


def choice_no_replace(r):
    out = []
    while len(out) < N:
        out.extend(r.choice(100, 50, replace=False).tolist())
    return np.array(out[:N], dtype=np.int64)


def correctly_rounded_log(x):
    """ln x rounded to nearest, via mpmath at 160 bits (ample away from midpoints; checked at 320 bits)."""
    ys = []
    for prec in (160, 320):
        mpmath.mp.prec = prec
        v = mpmath.log(mpmath.mpf(x))
        mpmath.mp.prec = 53
        ys.append(float(+v))
    assert ys[0] == ys[1], x
    return ys[0]


class LegacyGauss:
    """NumPy's legacy_gauss on the uniforms of a RandomState, with a chosen log."""

    def __init__(self, r, log):
        self.r = r
        self.log = log
        self.cached = None

    def standard_normal(self):
        if self.cached is not None:
            t, self.cached = self.cached, None
            return t
        while True:
            x1 = 2.0 * self.r.random_sample() - 1.0
            x2 = 2.0 * self.r.random_sample() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * self.log(r2) / r2)
        self.cached = f * x1
        return f * x2

    def normal(self, loc, scale):
        return loc + scale * self.standard_normal()

    def random_sample(self):
        return self.r.random_sample()


def replay(name, seed, log):
    g = LegacyGauss(np.random.RandomState(seed), log)
    if name == "standardNormal":
        return np.array([g.standard_normal() for _ in range(N)])
    if name == "normal_50_10":
        return np.array([g.normal(50.0, 10.0) for _ in range(N)])
    if name == "interleaved":
        return interleaved(g)
    raise KeyError(name)


def digest(values, fmt):
    return hashlib.sha256(b"".join(struct.pack(fmt, v) for v in values)).hexdigest()


CASES = [
    ("randomSample", "d", lambda r: r.random_sample(N)),
    ("standardNormal", "g", lambda r: r.standard_normal(N)),
    ("normal_50_10", "g", lambda r: r.normal(50.0, 10.0, N)),
    ("uniform_-2_3", "d", lambda r: r.uniform(-2.0, 3.0, N)),
    ("interleaved", "g", interleaved),
    ("randint_0_10", "l", lambda r: r.randint(0, 10, N)),
    ("randint_-7_1000003", "l", lambda r: r.randint(-7, 1000003, N)),
    ("randint_0_4294967296", "l", lambda r: r.randint(0, 2**32, N)),
    ("randint_-1000_1099511627776", "l", lambda r: r.randint(-1000, 2**40, N)),
    ("choice_10", "l", lambda r: r.choice(10, N)),
    ("choice_100_50_noreplace", "l", choice_no_replace),
    ("permutation_10000", "l", lambda r: r.permutation(N)),
    ("binomial_10_0.3", "l", lambda r: r.binomial(10, 0.3, N)),
    ("binomial_100_0.9", "l", lambda r: r.binomial(100, 0.9, N)),
    ("binomial_1000_0.4", "l", lambda r: r.binomial(1000, 0.4, N)),
    ("binomial_100000_0.75", "l", lambda r: r.binomial(100000, 0.75, N)),
    ("poisson_3", "l", lambda r: r.poisson(3.0, N)),
    ("poisson_50", "l", lambda r: r.poisson(50.0, N)),
    ("poisson_12345.6", "l", lambda r: r.poisson(12345.6, N)),
]


def main():
    out = sys.stdout
    out.write("# generated by engine-java/src/test/reference/numpy_random_reference.py, numpy %s, mpmath %s\n"
              % (np.__version__, mpmath.__version__))
    for name, kind, draw in CASES:
        for seed in SEEDS:
            values = np.asarray(draw(np.random.RandomState(seed)))
            assert values.shape == (N,), (name, values.shape)
            sums = "0 0 0"
            if kind in "dg":
                xs = [float(v) for v in values]
                sums = "%r %r %r" % (math.fsum(xs), math.fsum(float(i) * x for i, x in enumerate(xs)),
                                     math.fsum(abs(x) for x in xs))
                head = " ".join(repr(x) for x in xs[:20])
                sha = digest(xs, ">d")
                sha_cr, differing = sha, 0
                if kind == "g":
                    assert digest(replay(name, seed, math.log).tolist(), ">d") == sha, (name, seed)
                    cr = replay(name, seed, correctly_rounded_log).tolist()
                    sha_cr = digest(cr, ">d")
                    differing = sum(1 for a, b in zip(xs, cr) if a != b)
            else:
                ls = [int(v) for v in values.astype(np.int64)]
                head = " ".join(str(v) for v in ls[:20])
                sha = sha_cr = digest(ls, ">q")
                differing = 0
            out.write("%s %d %s %s %s %d %s %s\n" % (name, seed, kind, sha, sha_cr, differing, sums, head))


if __name__ == "__main__":
    main()
