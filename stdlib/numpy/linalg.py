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
    """(x, residuals, rank, singular values) for a 2-D a and a vector b: the minimum-norm
    least-squares solution, singular values under rcond times the largest counting as zero
    (rcond=None: machine epsilon times max(a.shape), numpy's default)."""
    a, b = asarray(a, float), asarray(b, float)
    if a.ndim != 2 or b.ndim != 1:
        raise NotImplementedError("Pipebook's numpy.linalg.lstsq takes a 2-D array and a vector right-hand side only")
    if rcond is None:
        rcond = 2.220446049250313e-16 * max(a.shape)
    x, residuals, rank, s = _numpy.lstsq(a._b, b._b, float(rcond))
    return _wrap(x), _wrap(residuals), rank, _wrap(s)


def norm(x):
    x = asarray(x, float)
    return float((x * x).sum()) ** 0.5
