#!/usr/bin/python3
"""Reference values for dev.polya.probability.special.NormalQuantile, from SciPy's ndtri.

Run with the system Python (NumPy 1.24.2, SciPy 1.10.1 were used):
    /usr/bin/python3 engine-java/src/test/reference/normal_quantile_reference.py
and paste the printed constants into NormalQuantileTest. repr() round-trips every double exactly.
"""
from scipy.special import ndtri

ps = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-12, 1e-8, 1e-5, 0.001, 0.01, 0.025, 0.05, 0.075, 0.1, 0.2, 0.3,
      0.4, 0.45, 0.5, 0.55, 0.6, 0.75, 0.9, 0.925, 0.95, 0.975, 0.99, 0.999, 1 - 1e-5, 1 - 1e-8, 1 - 1e-12]
print("P = {" + ", ".join(repr(float(p)) for p in ps) + "};")
print("Z = {" + ", ".join(repr(float(ndtri(p))) for p in ps) + "};")
