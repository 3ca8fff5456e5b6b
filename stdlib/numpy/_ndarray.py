"""The ndarray class: a Python face over a `_numpy` buffer, which holds the elements and
does every loop in Swift."""

import _numpy
from numpy._dtypes import dtype, _dtype_name


def _wrap(buffer):
    """An ndarray over a `_numpy` buffer (which it then owns)."""
    a = object.__new__(ndarray)
    a._b = buffer
    return a


def _buffer(value, dtype_name=None):
    """The buffer for an operand: an ndarray's own, or a new one for a scalar or list."""
    if isinstance(value, ndarray):
        return value._b if dtype_name is None else _numpy.astype(value._b, dtype_name)
    if isinstance(value, (list, tuple)):
        value = [v.tolist() if isinstance(v, ndarray) else v for v in value]
    elif hasattr(value, "to_numpy"):
        value = value.to_numpy().tolist()
    return _numpy.array(value, dtype_name)


def _axis(axis):
    if axis is None or isinstance(axis, int):
        return axis
    raise NotImplementedError("Pipebook's numpy does not support axis=%r (only None or an int)" % (axis,))


def _reject(function, **arguments):
    """Refuses numpy arguments Pipebook does not implement, naming the first one given."""
    for name, value in arguments.items():
        if value is None or value is False or (type(value) is int and value == 0):
            continue
        raise NotImplementedError("Pipebook's numpy does not support the argument %s= of %s" % (name, function))


class ndarray:
    """A one- or two-dimensional array of float64, int64, bool or object elements."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("Pipebook's numpy does not support ndarray(shape); use np.zeros or np.array")

    # -- attributes --

    @property
    def shape(self):
        return _numpy.shape(self._b)

    @shape.setter
    def shape(self, value):
        self._b = _numpy.reshape(self._b, value)

    @property
    def dtype(self):
        return dtype(_numpy.dtype(self._b))

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        n = 1
        for d in self.shape:
            n *= d
        return n

    @property
    def T(self):
        return _wrap(_numpy.transpose(self._b))

    def transpose(self):
        return self.T

    def __len__(self):
        shape = self.shape
        if not shape:
            raise TypeError("len() of unsized object")
        return shape[0]

    # -- conversion --

    def tolist(self):
        return _numpy.tolist(self._b)

    def item(self, *index):
        if index:
            return self[index if len(index) > 1 else index[0]]
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        return _numpy.tolist(_numpy.reshape(self._b, (1,)))[0]

    def astype(self, dtype, copy=True):
        name = _dtype_name(dtype)
        if dtype is str:
            return _wrap(_numpy.array([str(v) for v in self.tolist()] if self.ndim == 1
                                      else [[str(v) for v in row] for row in self.tolist()], "object"))
        return _wrap(_numpy.astype(self._b, name))

    def copy(self, order="C"):
        if order == "C":
            return _wrap(_numpy.as_fortran(self._b, False))
        if order in ("K", "A"):
            return _wrap(_numpy.copy(self._b))
        raise NotImplementedError("Pipebook's numpy does not support the argument order=%r of copy" % (order,))

    def reshape(self, *shape, order="C"):
        if order != "C":
            raise NotImplementedError("Pipebook's numpy does not support the argument order= of reshape")
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        return _wrap(_numpy.reshape(self._b, tuple(shape)))

    def ravel(self):
        return self.reshape(-1)

    def flatten(self):
        return self.reshape(-1)

    def __iter__(self):
        if self.ndim == 1:
            return iter(self.tolist())
        return iter([self[i] for i in range(self.shape[0])])

    def __bool__(self):
        if self.size != 1:
            raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        return bool(self.item())

    def __float__(self):
        return float(self.item())

    def __int__(self):
        return int(self.item())

    def __contains__(self, value):
        return bool((self == value).any())

    # -- indexing --

    def __getitem__(self, key):
        result = _numpy.getitem(self._b, _index_key(key))
        return _wrap(result) if isinstance(result, type(self._b)) else result

    def __setitem__(self, key, value):
        _numpy.setitem(self._b, _index_key(key), _buffer(value))

    # -- arithmetic and comparison --

    def _binary(self, op, other):
        if hasattr(other, "_pandas_binary"):
            return NotImplemented
        return _wrap(_numpy.binary(op, self._b, _buffer(other)))

    def _reflected(self, op, other):
        return _wrap(_numpy.binary(op, _buffer(other), self._b))

    def __add__(self, other): return self._binary("+", other)
    def __radd__(self, other): return self._reflected("+", other)
    def __sub__(self, other): return self._binary("-", other)
    def __rsub__(self, other): return self._reflected("-", other)
    def __mul__(self, other): return self._binary("*", other)
    def __rmul__(self, other): return self._reflected("*", other)
    def __truediv__(self, other): return self._binary("/", other)
    def __rtruediv__(self, other): return self._reflected("/", other)
    def __floordiv__(self, other): return self._binary("//", other)
    def __rfloordiv__(self, other): return self._reflected("//", other)
    def __mod__(self, other): return self._binary("%", other)
    def __rmod__(self, other): return self._reflected("%", other)
    def __pow__(self, other): return self._binary("**", other)
    def __rpow__(self, other): return self._reflected("**", other)
    def __and__(self, other): return self._binary("&", other)
    def __rand__(self, other): return self._reflected("&", other)
    def __or__(self, other): return self._binary("|", other)
    def __ror__(self, other): return self._reflected("|", other)
    def __xor__(self, other): return self._binary("^", other)
    def __rxor__(self, other): return self._reflected("^", other)
    def __eq__(self, other): return self._binary("==", other)
    def __ne__(self, other): return self._binary("!=", other)
    def __lt__(self, other): return self._binary("<", other)
    def __le__(self, other): return self._binary("<=", other)
    def __gt__(self, other): return self._binary(">", other)
    def __ge__(self, other): return self._binary(">=", other)

    __hash__ = None

    def __matmul__(self, other):
        from numpy._functions import dot
        return dot(self, other)

    def __neg__(self):
        return _wrap(_numpy.unary("negative", self._b))

    def __pos__(self):
        return self.copy()

    def __abs__(self):
        return _wrap(_numpy.unary("abs", self._b))

    def __invert__(self):
        return _wrap(_numpy.unary("invert", self._b))

    # -- reductions --

    def _reduce(self, op, axis, ddof=0):
        result = _numpy.reduce(op, self._b, _axis(axis), ddof)
        return _wrap(result) if isinstance(result, type(self._b)) else result

    def sum(self, axis=None, dtype=None, out=None, keepdims=False):
        _reject("sum", dtype=dtype, out=out, keepdims=keepdims)
        return self._reduce("sum", axis)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False):
        _reject("mean", dtype=dtype, out=out, keepdims=keepdims)
        return self._reduce("mean", axis)

    def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
        _reject("var", dtype=dtype, out=out, keepdims=keepdims)
        return self._reduce("var", axis, ddof)

    def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
        _reject("std", dtype=dtype, out=out, keepdims=keepdims)
        return self._reduce("std", axis, ddof)

    def min(self, axis=None, out=None, keepdims=False):
        _reject("min", out=out, keepdims=keepdims)
        return self._reduce("min", axis)

    def max(self, axis=None, out=None, keepdims=False):
        _reject("max", out=out, keepdims=keepdims)
        return self._reduce("max", axis)

    def argmin(self, axis=None, out=None):
        _reject("argmin", out=out)
        return self._reduce("argmin", axis)

    def argmax(self, axis=None, out=None):
        _reject("argmax", out=out)
        return self._reduce("argmax", axis)

    def any(self, axis=None):
        return self._reduce("any", axis)

    def all(self, axis=None):
        return self._reduce("all", axis)

    def round(self, decimals=0):
        return _wrap(_numpy.round(self._b, decimals))

    def clip(self, a_min=None, a_max=None):
        from numpy._functions import clip
        return clip(self, a_min, a_max)

    def argsort(self, axis=-1, kind=None):
        if axis != -1 and axis != self.ndim - 1:
            raise NotImplementedError("Pipebook's numpy does not support argsort along axis %r" % (axis,))
        return _wrap(_numpy.argsort(self._b))

    def sort(self, axis=-1, kind=None):
        if axis != -1 and axis != self.ndim - 1:
            raise NotImplementedError("Pipebook's numpy does not support sort along axis %r" % (axis,))
        self._b = _numpy.sort(self._b)

    def dot(self, other):
        from numpy._functions import dot
        return dot(self, other)

    # -- printing --

    def __repr__(self):
        from numpy._printing import array_repr
        return array_repr(self)

    def __str__(self):
        from numpy._printing import array_str
        return array_str(self)


def _index_key(key):
    """The key with ndarrays replaced by their buffers, for `_numpy.getitem`."""
    if isinstance(key, ndarray):
        return key._b
    if isinstance(key, tuple):
        return tuple(k._b if isinstance(k, ndarray) else k for k in key)
    if hasattr(key, "to_numpy"):
        return key.to_numpy()._b
    return key
