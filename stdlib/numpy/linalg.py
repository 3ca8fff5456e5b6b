"""numpy.linalg: the solvers scikit-learn's linear models need."""

import _numpy
from numpy._ndarray import _wrap
from numpy._functions import asarray


class LinAlgError(ValueError):
    pass


def solve(a, b):
    a, b = asarray(a, float), asarray(b, float)
    if b.ndim != 1:
        raise NotImplementedError("Pipebook's numpy.linalg.solve takes a vector right-hand side only")
    try:
        return _wrap(_numpy.solve(a._b, b._b))
    except ValueError as e:
        raise LinAlgError(str(e))


def lstsq(a, b, rcond=None):
    """The least-squares solution only (numpy also returns residuals, rank and singular values,
    which Pipebook does not compute: they are None)."""
    a, b = asarray(a, float), asarray(b, float)
    return _wrap(_numpy.lstsq(a._b, b._b)), None, None, None


def norm(x):
    x = asarray(x, float)
    return float((x * x).sum()) ** 0.5
