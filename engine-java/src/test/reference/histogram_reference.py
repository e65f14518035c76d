#!/usr/bin/python3
"""Reference values for dev.polya.probability.statistics.Histogram and LawOfLargeNumbers, from NumPy.

Run with the system Python (NumPy 1.24.2 was used):
    /usr/bin/python3 engine-java/src/test/reference/histogram_reference.py
and paste the printed constants into HistogramTest and LawOfLargeNumbersTest. repr() round-trips every double.
"""
import numpy as np


def arr(name, v):
    print(name + " = {" + ", ".join(repr(float(t)) for t in v) + "};")


# a sample with values on edges: 0.1 steps are not exact in binary, so edge placement matters
x = np.array([0.0, 0.1, 0.2, 0.3, 0.3, 0.7, 0.9, 1.0, 0.6, 0.4, 0.5, 0.55, 0.25, 0.75, 0.05])
arr("X", x)
c, e = np.histogram(x, bins=10)
arr("AUTO_EDGES", e)
arr("AUTO_COUNTS", c)
d, _ = np.histogram(x, bins=10, density=True)
arr("AUTO_DENSITIES", d)
c, e = np.histogram(x, bins=3, range=(0.2, 0.8))
arr("RANGE_EDGES", e)
arr("RANGE_COUNTS", c)
d, _ = np.histogram(x, bins=3, range=(0.2, 0.8), density=True)
arr("RANGE_DENSITIES", d)
edges = [0.0, 0.1, 0.3, 0.75, 1.0]
c, e = np.histogram(x, bins=edges)
arr("EXPLICIT_COUNTS", c)
d, _ = np.histogram(x, bins=edges, density=True)
arr("EXPLICIT_DENSITIES", d)

y = np.array([3.0, -1.0, 4.0, 1.5, -5.0, 9.0, 2.6, 5.0])
arr("Y", y)
arr("RUNNING_MEANS", np.cumsum(y) / np.arange(1, len(y) + 1))
