#!/usr/bin/python3
"""Reference values for dev.polya.multivariable.optimize (chapter 17).

Run with the system Python and its SciPy (Debian's python3-scipy, SciPy 1.10, NumPy 1.24):
    /usr/bin/python3 engine-java/src/test/reference/multivariable_optimize_reference.py
The tests quote the printed values; each test names the line it took them from.
"""
import numpy as np
import scipy
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess

print("numpy", np.__version__, "scipy", scipy.__version__)
x0 = np.array([-1.2, 1.0])


def report(name, r):
    print(name, "nit =", r.nit, "nfev =", r.nfev, "njev =", getattr(r, "njev", None),
          "x =", [repr(float(v)) for v in r.x], "fun =", repr(float(r.fun)), "success =", r.success)


print()
print("# Rosenbrock from (-1.2, 1), exact gradient (rosen_der), default options")
# BFGS: gtol = 1e-5 on the infinity norm of the gradient (norm=inf), c1 = 1e-4, c2 = 0.9
report("BFGS", minimize(rosen, x0, jac=rosen_der, method="BFGS"))
report("BFGS gtol=1e-9", minimize(rosen, x0, jac=rosen_der, method="BFGS", options={"gtol": 1e-9}))
# L-BFGS-B: m = 10, its own stopping rule (pgtol 1e-5 and ftol factr)
report("L-BFGS-B", minimize(rosen, x0, jac=rosen_der, method="L-BFGS-B"))
report("Newton-CG", minimize(rosen, x0, jac=rosen_der, hess=rosen_hess, method="Newton-CG"))
# Nelder-Mead: xatol = fatol = 1e-4, standard coefficients; SciPy's nit starts counting at 1
report("Nelder-Mead", minimize(rosen, x0, method="Nelder-Mead"))
report("Nelder-Mead adaptive", minimize(rosen, x0, method="Nelder-Mead", options={"adaptive": True}))

print()
print("# Adam (Kingma and Ba, Algorithm 1), three steps on f = x^2 + 100 y^2 from (1, 1), lr = 0.1")
x = np.array([1.0, 1.0])
m = np.zeros(2)
v = np.zeros(2)
b1, b2, eps, lr = 0.9, 0.999, 1e-8, 0.1
for t in range(1, 4):
    g = np.array([2 * x[0], 200 * x[1]])
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    mhat = m / (1 - b1 ** t)
    vhat = v / (1 - b2 ** t)
    x = x - lr * mhat / (np.sqrt(vhat) + eps)
    print("Adam step", t, [repr(float(c)) for c in x])
