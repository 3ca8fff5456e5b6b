"""numpy's module-level functions over ndarrays."""

import _numpy
from numpy._dtypes import _dtype_name
from numpy._ndarray import ndarray, _wrap, _buffer, _axis, _reject

# This module defines numpy's min, max, abs, ...: keep the builtins for its own use.
_builtin_min, _builtin_max = min, max


def array(object, dtype=None, copy=True, ndmin=0):
    _reject("array", ndmin=ndmin)
    name = None if dtype is None else _dtype_name(dtype)
    if isinstance(object, ndarray):
        return _wrap(_numpy.astype(object._b, name or _numpy.dtype(object._b)))
    if dtype is str:
        object = _stringify(object)
    return _wrap(_buffer(object, name))


def _stringify(value):
    if isinstance(value, (list, tuple)):
        return [_stringify(v) for v in value]
    return str(value)


def asarray(a, dtype=None):
    if isinstance(a, ndarray) and dtype is None:
        return a
    return array(a, dtype)


def _shape(shape):
    return (shape,) if isinstance(shape, int) else tuple(shape)


def zeros(shape, dtype=float):
    return _wrap(_numpy.full(_shape(shape), 0, _dtype_name(dtype)))


def ones(shape, dtype=float):
    return _wrap(_numpy.full(_shape(shape), 1, _dtype_name(dtype)))


def empty(shape, dtype=float):
    return zeros(shape, dtype)


def full(shape, fill_value, dtype=None):
    name = None if dtype is None else _dtype_name(dtype)
    return _wrap(_numpy.full(_shape(shape), fill_value, name))


def zeros_like(a, dtype=None):
    a = asarray(a)
    return zeros(a.shape, dtype or a.dtype)


def ones_like(a, dtype=None):
    a = asarray(a)
    return ones(a.shape, dtype or a.dtype)


def full_like(a, fill_value, dtype=None):
    a = asarray(a)
    return full(a.shape, fill_value, dtype or a.dtype)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    name = None if dtype is None else _dtype_name(dtype)
    return _wrap(_numpy.arange(start, stop, step, name))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None):
    _reject("linspace", retstep=retstep)
    result = _wrap(_numpy.linspace(start, stop, num, endpoint))
    return result if dtype is None else result.astype(dtype)


def concatenate(arrays, axis=0):
    if axis is None:
        return concatenate([asarray(a).ravel() for a in arrays])
    return _wrap(_numpy.concatenate([_buffer(a) for a in arrays], axis))


def _at_least_2d(a):
    a = asarray(a)
    return a.reshape(1, -1) if a.ndim == 1 else a


def hstack(arrays):
    arrays = [asarray(a) for a in arrays]
    return concatenate(arrays, axis=0 if arrays[0].ndim == 1 else 1)


def vstack(arrays):
    return concatenate([_at_least_2d(a) for a in arrays], axis=0)


def column_stack(arrays):
    columns = []
    for a in arrays:
        a = asarray(a)
        columns.append(a.reshape(-1, 1) if a.ndim == 1 else a)
    return concatenate(columns, axis=1)


def split(ary, indices_or_sections, axis=0):
    ary = asarray(ary)
    n = ary.shape[axis]
    if isinstance(indices_or_sections, int):
        if n % indices_or_sections:
            raise ValueError("array split does not result in an equal division")
        return array_split(ary, indices_or_sections, axis)
    return _split_at(ary, list(indices_or_sections), axis)


def array_split(ary, indices_or_sections, axis=0):
    ary = asarray(ary)
    n = ary.shape[axis]
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
        each, extra = divmod(n, sections)
        bounds = []
        total = 0
        for i in range(sections - 1):
            total += each + (1 if i < extra else 0)
            bounds.append(total)
        return _split_at(ary, bounds, axis)
    return _split_at(ary, list(indices_or_sections), axis)


def _split_at(ary, bounds, axis):
    n = ary.shape[axis]
    parts = []
    start = 0
    for stop in bounds + [n]:
        stop = _builtin_max(_builtin_min(stop, n), 0) if stop >= 0 else _builtin_max(n + stop, 0)
        part = slice(start, _builtin_max(stop, start))
        parts.append(ary[part] if axis == 0 else ary[:, part])
        start = _builtin_max(stop, start)
    return parts


def where(condition, x=None, y=None):
    condition = asarray(condition)
    if x is None and y is None:
        if condition.ndim != 1:
            raise NotImplementedError("Pipebook's numpy supports np.where(condition) for one dimension only")
        return (arange(condition.shape[0])[condition.astype(bool)],)
    return _wrap(_numpy.where(_buffer(condition), _buffer(x), _buffer(y)))


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None):
    _reject("unique", axis=axis)
    values, index, inverse, counts = _numpy.unique(_buffer(ar))
    extra = []
    if return_index:
        extra.append(_wrap(index))
    if return_inverse:
        extra.append(_wrap(inverse))
    if return_counts:
        extra.append(_wrap(counts))
    return tuple([_wrap(values)] + extra) if extra else _wrap(values)


def argsort(a, axis=-1, kind=None):
    return asarray(a).argsort(axis, kind)


def sort(a, axis=-1, kind=None):
    a = array(a)
    a.sort(axis, kind)
    return a


def sum(a, axis=None, dtype=None):
    return asarray(a).sum(axis, dtype)


def mean(a, axis=None):
    return asarray(a).mean(axis)


def std(a, axis=None, ddof=0):
    return asarray(a).std(axis, ddof=ddof)


def var(a, axis=None, ddof=0):
    return asarray(a).var(axis, ddof=ddof)


def min(a, axis=None):
    return asarray(a).min(axis)


def max(a, axis=None):
    return asarray(a).max(axis)


amin = min
amax = max


def argmin(a, axis=None):
    return asarray(a).argmin(axis)


def argmax(a, axis=None):
    return asarray(a).argmax(axis)


def any(a, axis=None):
    return asarray(a).any(axis)


def all(a, axis=None):
    return asarray(a).all(axis)


def _scalar_or_array(result, x):
    if isinstance(x, ndarray) or isinstance(x, (list, tuple)):
        return result
    return result.item()


def _ufunc(name):
    def function(x):
        if hasattr(x, "_pandas_unary"):
            return x._pandas_unary(function)
        return _scalar_or_array(_wrap(_numpy.unary(name, _buffer(x))), x)
    function.__name__ = name
    return function


abs = _ufunc("abs")
absolute = abs
sqrt = _ufunc("sqrt")
exp = _ufunc("exp")
log = _ufunc("log")
log1p = _ufunc("log1p")
log2 = _ufunc("log2")
log10 = _ufunc("log10")
floor = _ufunc("floor")
ceil = _ufunc("ceil")
sign = _ufunc("sign")
square = _ufunc("square")
isnan = _ufunc("isnan")
isfinite = _ufunc("isfinite")
logical_not = _ufunc("invert")
negative = _ufunc("negative")


def round(a, decimals=0):
    if hasattr(a, "_pandas_unary"):
        return a.round(decimals)
    return _scalar_or_array(_wrap(_numpy.round(_buffer(a), decimals)), a)


around = round


def clip(a, a_min, a_max):
    if hasattr(a, "clip") and not isinstance(a, ndarray):
        return a.clip(a_min, a_max)
    x = asarray(a)
    if a_min is not None:
        x = where(x < a_min, a_min, x)
    if a_max is not None:
        x = where(x > a_max, a_max, x)
    return _scalar_or_array(x, a)


def maximum(a, b):
    a, b = asarray(a), asarray(b)
    return where((a >= b) | isnan(a), a, b)


def minimum(a, b):
    a, b = asarray(a), asarray(b)
    return where((a <= b) | isnan(a), a, b)


def median(a, axis=None):
    a = asarray(a)
    if axis is not None:
        columns = a if axis == 1 else a.T
        return array([median(row) for row in columns])
    values = sort(a.ravel())
    n = values.shape[0]
    if n == 0:
        return float("nan")
    if isnan(values[n - 1]):
        return float("nan")
    half = n // 2
    if n % 2:
        return float(values[half])
    return mean(values[half - 1:half + 1])


def dot(a, b):
    a, b = asarray(a), asarray(b)
    if a.ndim == 1 and b.ndim == 1:
        return (a * b).sum()
    if b.ndim == 1:
        return _wrap(_numpy.matmul(a._b, b.reshape(-1, 1)._b)).ravel()
    if a.ndim == 1:
        return _wrap(_numpy.matmul(a.reshape(1, -1)._b, b._b)).ravel()
    return _wrap(_numpy.matmul(a._b, b._b))


matmul = dot


def isscalar(x):
    return isinstance(x, (int, float, bool, str))


def ndim(a):
    return asarray(a).ndim


def shape(a):
    return asarray(a).shape


def ravel(a):
    return asarray(a).ravel()


def reshape(a, newshape):
    return asarray(a).reshape(newshape)


def transpose(a):
    return asarray(a).T


def cumsum(a):
    values = asarray(a).ravel().tolist()
    total = 0
    out = []
    for v in values:
        total = total + v
        out.append(total)
    return array(out)


def allclose(a, b, rtol=1e-05, atol=1e-08):
    a, b = asarray(a), asarray(b)
    return bool((abs(a - b) <= atol + rtol * abs(b)).all())


def array_equal(a, b):
    a, b = asarray(a), asarray(b)
    return a.shape == b.shape and bool((a == b).all())


def diag_from(v):
    """A square matrix with v on its diagonal (np.diag of a vector)."""
    v = asarray(v, float)
    n = v.shape[0]
    out = zeros((n, n))
    for i in range(n):
        out[i, i] = v[i]
    return out


def diag(v):
    v = asarray(v)
    if v.ndim == 1:
        return diag_from(v)
    return array([v[i, i] for i in range(_builtin_min(v.shape[0], v.shape[1]))])
