#!/usr/bin/env python3
"""Reference values for dev.polya.probability.random.CorrectlyRoundedLog (CorrectlyRoundedLogTest).

Computes the correctly rounded natural logarithm with mpmath on 10^6 arguments and compares it with glibc's
log (Python's math.log calls the C library's log, as NumPy's legacy gauss does).

Arguments, from splitmix64 seeded with SEED (the Java test regenerates exactly the same ones):
    400 000  uniform in (0, 1): (z >> 11) * 2^-53, skipping 0
    200 000  near 1: 1 + j * 2^-52 for j = (z >> 44) - 2^19 >= 0, 1 + j * 2^-53 for j < 0
    100 000  tiny: the double with bits z & (2^58 - 1) (subnormals and normals below 2^-959), skipping 0
    300 000  anywhere: the double with bits z >> 1 (positive), skipping 0 and Inf/NaN patterns
and the near-1 cases 1 - j*2^-53 and 1 + j*2^-52 for j = 1..HARD_J, whose logarithms d - d^2/2 + d^3/3 - ...
often lie within a tiny fraction of an ulp of a midpoint between doubles.

Correct rounding by mpmath: ln x at 160 bits rounded to 53, redone at 320 and 640 bits whenever the 160-bit
value lies within 2^-60 ulp of a midpoint.

Output (stdout), the resource correctly-rounded-log-reference.txt:
    # comments: counts, and every argument where glibc's log is not correctly rounded
    digest <count> <sha256 of the correctly rounded ln x of the 10^6 arguments, big-endian 8-byte words>
    <hex bits of x> <hex bits of the correctly rounded ln x> <tag>
tag: g = glibc's log differs (the line holds the correctly rounded value; mpmath decides which is right),
m = ln x within NEAR_MIDPOINT ulp of a midpoint (where libms disagree), h = a near-1 case within 2^-20 ulp
of a midpoint, r = every SAMPLE_EVERY-th argument.

Run with the system interpreter (NumPy 1.24, mpmath 1.2 from Debian):
    /usr/bin/python3 engine-java/src/test/reference/correctly_rounded_log_reference.py \
        > engine-java/src/test/resources/dev/polya/probability/random/correctly-rounded-log-reference.txt
Generated on glibc 2.36 (Debian 12, x86-64 with FMA, so glibc's FMA variant of log); takes about a minute.
"""
import hashlib
import math
import struct
import sys

import mpmath

SEED = 0x5EED_106
MASK = (1 << 64) - 1
HARD_J = 4000
SAMPLE_EVERY = 500
NEAR_MIDPOINT = 0.02  # ulp
MAX_NEAR = 1500
HARD = 2.0**-20


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def to_bits(x):
    return struct.unpack(">Q", struct.pack(">d", x))[0]


def arguments():
    g = SplitMix64(SEED)
    out = []

    def family(count, make):
        n = 0
        while n < count:
            x = make(g.next())
            if x is not None:
                out.append(x)
                n += 1

    family(400_000, lambda z: (z >> 11) * 2.0**-53 if z >> 11 else None)
    family(200_000, lambda z: 1.0 + ((z >> 44) - 2**19) * (2.0**-52 if (z >> 44) >= 2**19 else 2.0**-53))
    family(100_000, lambda z: from_bits(z & ((1 << 58) - 1)) if z & ((1 << 58) - 1) else None)
    family(300_000, lambda z: from_bits(z >> 1) if (z >> 1) and (z >> 53) != 0x7FF else None)
    return out


def correctly_rounded(x):
    """(nearest double to ln x, distance of ln x from the nearest midpoint in ulps)."""
    for prec in (160, 320, 640):
        mpmath.mp.prec = prec
        v = mpmath.log(mpmath.mpf(x))
        mpmath.mp.prec = 53
        y = float(+v)  # round to nearest at 53 bits
        mpmath.mp.prec = prec
        other = math.nextafter(y, math.inf) if v > y else math.nextafter(y, -math.inf)
        mid = (mpmath.mpf(y) + mpmath.mpf(other)) / 2
        ulp = abs(other - y)
        dist = float(abs(v - mid) / ulp)
        if dist > 2.0**-60 or prec == 640:
            return y, dist
    raise AssertionError(x)


def main():
    out = sys.stdout
    xs = arguments()
    lines = []
    digest = hashlib.sha256()
    glibc_wrong = []
    near = 0
    for i, x in enumerate(xs):
        y, dist = correctly_rounded(x)
        digest.update(struct.pack(">d", y))
        if math.log(x) != y:
            glibc_wrong.append((x, y, dist))
            lines.append((x, y, "g"))
        elif dist < NEAR_MIDPOINT and near < MAX_NEAR:
            near += 1
            lines.append((x, y, "m"))
        elif i % SAMPLE_EVERY == 0:
            lines.append((x, y, "r"))
    random_wrong = len(glibc_wrong)
    in_unit = sum(1 for x, _, _ in glibc_wrong if x < 1.0)

    hard = 0
    for j in range(1, HARD_J + 1):
        for x in (1.0 - j * 2.0**-53, 1.0 + j * 2.0**-52):
            y, dist = correctly_rounded(x)
            if math.log(x) != y:
                glibc_wrong.append((x, y, dist))
                lines.append((x, y, "g"))
            elif dist < HARD:
                hard += 1
                lines.append((x, y, "h"))

    out.write("# generated by engine-java/src/test/reference/correctly_rounded_log_reference.py, mpmath %s\n"
              % mpmath.__version__)
    out.write("# %d splitmix64 arguments: glibc's log is not correctly rounded on %d (%d of them in (0, 1))\n"
              % (len(xs), random_wrong, in_unit))
    out.write("# near-1 cases, j <= %d: glibc wrong on %d, %d more within 2^-20 ulp of a midpoint\n"
              % (HARD_J, len(glibc_wrong) - random_wrong, hard))
    for x, y, dist in glibc_wrong:
        out.write("# glibc log(%r) = %r, correctly rounded %r (ln x is %.2g ulp from the midpoint)\n"
                  % (x, math.log(x), y, dist))
    out.write("digest %d %s\n" % (len(xs), digest.hexdigest()))
    for x, y, tag in lines:
        out.write("%016x %016x %s\n" % (to_bits(x), to_bits(y), tag))


if __name__ == "__main__":
    main()
