#!/usr/bin/python3
"""Reference values for dev.polya.probability.information.SoftmaxCrossEntropy, from SciPy.

Run with the system Python (NumPy 1.24.2, SciPy 1.10.1 were used):
    /usr/bin/python3 engine-java/src/test/reference/cross_entropy_reference.py
and paste the printed constants into SoftmaxCrossEntropyTest. repr() round-trips every double exactly.
"""
import numpy as np
from scipy.special import log_softmax, softmax


def arr(name, v):
    print(name + " = {" + ", ".join(repr(float(t)) for t in v) + "};")


z = np.array([2.0, -1.0, 0.5, 3.25])
arr("LOGITS", z)
print("LOSS_LABEL_3 = " + repr(float(-log_softmax(z)[3])) + ";")
print("LOSS_LABEL_1 = " + repr(float(-log_softmax(z)[1])) + ";")
t = np.array([0.1, 0.2, 0.3, 0.4])
arr("TARGET", t)
print("LOSS_TARGET = " + repr(float(-(t * log_softmax(z)).sum())) + ";")
arr("GRADIENT_LABEL_3", softmax(z) - np.eye(4)[3])
arr("GRADIENT_TARGET", softmax(z) - t)
# large logits: a naive exp overflows
big = np.array([1000.0, 1001.0, 999.0])
arr("BIG_LOGITS", big)
print("BIG_LOSS_LABEL_0 = " + repr(float(-log_softmax(big)[0])) + ";")
# a batch: the mean over rows
batch = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-2.0, 5.0, 1.0]])
labels = [2, 1, 0]
print("BATCH_LOSS = " + repr(float(np.mean([-log_softmax(r)[y] for r, y in zip(batch, labels)]))) + ";")
