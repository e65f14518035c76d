"""Reference values for ClenshawCurtisTest: the (n + 1)-point Clenshaw–Curtis rule computed independently of
polya's closed-form weights, as the exact integral of the Chebyshev interpolant through the points
cos(j*pi/n), built with numpy.polynomial.chebyshev (interpolate, then integrate the series).

Run: python3 clenshaw_curtis_reference.py   (numpy 2.x; values printed with repr, 17 significant digits)
"""
import numpy as np
from numpy.polynomial import chebyshev as C

CASES = [
    ("exp", np.exp, 0.0, 1.0),
    ("lorentz", lambda x: 1 / (1 + x * x), 0.0, 1.0),
    ("cos3x", lambda x: np.cos(3 * x), -1.0, 2.0),
]


def clenshaw_curtis(f, a, b, n):
    t = np.cos(np.arange(n + 1) * np.pi / n)
    x = (a + b) / 2 + (b - a) / 2 * t
    coefficients = C.chebfit(t, f(x), n)            # the interpolant of degree n (n + 1 points)
    antiderivative = C.chebint(coefficients)
    return (b - a) / 2 * (C.chebval(1.0, antiderivative) - C.chebval(-1.0, antiderivative))


for name, f, a, b in CASES:
    for n in (2, 4, 8, 16):
        print(f"{name} n={n}: {float(clenshaw_curtis(f, a, b, n))!r}")
