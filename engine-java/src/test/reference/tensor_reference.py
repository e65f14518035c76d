#!/usr/bin/python3
"""Reference values for dev.polya.multivariable.autodiff.tensor tests (NumPy 1.24).

Run with /usr/bin/python3 tensor_reference.py; each printed line names the test that uses it.
Gradients themselves are checked against central differences in the tests (GradientCheck), not here.
"""
import numpy as np

print("numpy", np.__version__)

a = np.arange(1, 7, dtype=float).reshape(2, 3)

# ArithmeticTest.broadcastingValuesFollowNumPy
print("a + [10, 20, 30] =", (a + np.array([10., 20., 30.])).ravel().tolist())
print("[[1],[2]] * [[1, 10, 100]] =", (np.array([[1.], [2.]]) * np.array([[1., 10., 100.]])).ravel().tolist())
print("shape of (4,1,2) + (3,1) =", (np.ones((4, 1, 2)) + np.ones((3, 1))).shape)

# ArithmeticTest.shapesThatDoNotBroadcastRaiseNumPysMessage (polya drops the trailing space)
for s, t in [((2, 3), (4,)), ((2, 3), (4, 1, 5))]:
    try:
        np.ones(s) + np.ones(t)
    except ValueError as e:
        print(repr(str(e)))

# ShapeOpsTest
try:
    a.reshape(4, 2)
except ValueError as e:
    print(repr(str(e)))
print("a.T =", a.T.ravel().tolist(), " a[:, 1:3] =", a[:, 1:3].ravel().tolist(), " a[1:2] =", a[1:2].ravel().tolist())

# ReductionsTest.valuesAndShapesAlongEachAxis
print("sum0", a.sum(0).tolist(), "sum1", a.sum(1).tolist(), "mean0", a.mean(0).tolist(),
      "mean1", a.mean(1).tolist(), "max0", a.max(0).tolist(), "max1", a.max(1).tolist())
print("argmax of ties [[1,7,7],[5,5,2]] along 1:", np.argmax(np.array([[1, 7, 7], [5, 5, 2]]), axis=1).tolist())

# LossesTest: log(1 + e^-1) = LSE(1000, 999, 0) - 999
z = np.array([1000., 999., 0.])
m = z.max()
print("crossEntropy([[1000, 999, 0]], [1]) =", repr(float(m + np.log(np.exp(z - m).sum()) - z[1])))
