"""pandas.Series: one column of values with row labels."""

import numpy as np
from pandas._index import Index, ensure_index
from pandas._missing import isna_array, is_missing_scalar, nan_reduce


def _values_of(data, n=None, dtype=None):
    if isinstance(data, Series):
        data = data._values
    if isinstance(data, np.ndarray):
        values = data if data.ndim == 1 else data.ravel()
    elif isinstance(data, (list, tuple, range)):
        items = list(data)
        if dtype is None and any(isinstance(v, str) for v in items):
            dtype = object
        if dtype is None and any(v is None for v in items):
            numbers = [v for v in items if v is not None]
            if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers):
                items = [float("nan") if v is None else v for v in items]
                dtype = float
            else:
                dtype = object
        values = np.array(items, dtype=dtype) if items else np.array([], dtype=dtype or float)
        return values
    else:
        values = np.full(n if n is not None else 1, data, dtype=object if isinstance(data, str) else None)
    if dtype is not None:
        values = values.astype(dtype)
    return values


class Series:
    """A one-dimensional column of float64, int64, bool or object values with an index."""

    def __init__(self, data=None, index=None, dtype=None, name=None, copy=False):
        if isinstance(data, dict):
            keys = list(data.keys())
            if index is None:
                index = keys
            data = [data.get(k, float("nan")) for k in index]
        if data is None:
            data = []
        n = len(index) if index is not None and not isinstance(data, (list, tuple, np.ndarray, Series, range)) else None
        self._values = _values_of(data, n, dtype)
        if index is None and isinstance(data, Series):
            index = data.index
        if name is None and isinstance(data, Series):
            name = data.name
        self._index = ensure_index(index, len(self._values))
        if len(self._index) != len(self._values):
            raise ValueError("Length of values (%d) does not match length of index (%d)" % (len(self._values), len(self._index)))
        self.name = name

    @staticmethod
    def _make(values, index, name):
        s = object.__new__(Series)
        s._values = values
        s._index = index
        s.name = name
        return s

    # -- attributes --

    @property
    def values(self):
        return self._values

    def to_numpy(self, dtype=None):
        return self._values if dtype is None else self._values.astype(dtype)

    def tolist(self):
        return self._values.tolist()

    to_list = tolist

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        self._index = ensure_index(labels)

    @property
    def dtype(self):
        return self._values.dtype

    dtypes = dtype

    @property
    def shape(self):
        return (len(self._values),)

    @property
    def size(self):
        return len(self._values)

    @property
    def empty(self):
        return len(self._values) == 0

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values.tolist())

    def items(self):
        return zip(self._index.tolist(), self._values.tolist())

    def keys(self):
        return self._index

    def copy(self, deep=True):
        return Series._make(self._values.copy(), self._index, self.name)

    def __array__(self):
        return self._values

    # -- selection --

    def _take(self, positions):
        positions = np.asarray(positions, dtype=int) if not isinstance(positions, np.ndarray) else positions
        return Series._make(self._values[positions], self._index.take(positions.tolist()), self.name)

    def __getitem__(self, key):
        if isinstance(key, Series) and key.dtype == np.bool_:
            return self._take(np.arange(len(self))[key._values])
        if isinstance(key, np.ndarray) and key.dtype == np.bool_:
            return self._take(np.arange(len(self))[key])
        if isinstance(key, slice):
            return self._take(np.arange(len(self))[key])
        if isinstance(key, list):
            return self._take(self._index.positions(key))
        return self._values[self._index.get_loc(key)] if not self._index.is_default() or not isinstance(key, int) \
            else self._values[self._range_position(key)]

    def _range_position(self, key):
        if key < 0 or key >= len(self):
            raise KeyError(key)
        return key

    def __setitem__(self, key, value):
        if isinstance(key, Series):
            key = key._values
        if isinstance(key, np.ndarray) and key.dtype == np.bool_:
            self._assign(key, value)
            return
        position = self._index.get_loc(key)
        self._assign(position, value)

    def _assign(self, key, value):
        if isinstance(value, Series):
            value = value._values
        if self._values.dtype.name == "int64" and isinstance(value, float):
            self._values = self._values.astype(float)
        if self._values.dtype.name != "object" and isinstance(value, str):
            self._values = self._values.astype(object)
        self._values[key] = value

    @property
    def iloc(self):
        from pandas._indexing import SeriesILoc
        return SeriesILoc(self)

    @property
    def loc(self):
        from pandas._indexing import SeriesLoc
        return SeriesLoc(self)

    def head(self, n=5):
        return self._take(np.arange(len(self))[:n])

    def tail(self, n=5):
        return self._take(np.arange(len(self))[-n:] if n else np.arange(0))

    # -- arithmetic --

    _pandas_binary = True

    def _other_values(self, other):
        if isinstance(other, Series):
            if not self._index.equals(other._index) and len(self) == len(other):
                if sorted(self._index.tolist()) != sorted(other._index.tolist()):
                    raise NotImplementedError("Pipebook's pandas does not align Series with different indexes")
                return other._values[np.asarray(other._index.positions(self._index.tolist()))]
            return other._values
        if isinstance(other, (list, tuple)):
            return np.array(other)
        return other

    def _binary(self, op, other, reflected=False):
        values = self._other_values(other)
        result = op(values, self._values) if reflected else op(self._values, values)
        return Series._make(result, self._index, self.name)

    def __add__(self, o): return self._binary(lambda a, b: a + b, o)
    def __radd__(self, o): return self._binary(lambda a, b: a + b, o, True)
    def __sub__(self, o): return self._binary(lambda a, b: a - b, o)
    def __rsub__(self, o): return self._binary(lambda a, b: a - b, o, True)
    def __mul__(self, o): return self._binary(lambda a, b: a * b, o)
    def __rmul__(self, o): return self._binary(lambda a, b: a * b, o, True)
    def __truediv__(self, o): return self._binary(lambda a, b: a / b, o)
    def __rtruediv__(self, o): return self._binary(lambda a, b: a / b, o, True)
    def __floordiv__(self, o): return self._binary(lambda a, b: a // b, o)
    def __mod__(self, o): return self._binary(lambda a, b: a % b, o)
    def __pow__(self, o): return self._binary(lambda a, b: a ** b, o)
    def __eq__(self, o): return self._binary(lambda a, b: a == b, o)
    def __ne__(self, o): return self._binary(lambda a, b: a != b, o)
    def __lt__(self, o): return self._binary(lambda a, b: a < b, o)
    def __le__(self, o): return self._binary(lambda a, b: a <= b, o)
    def __gt__(self, o): return self._binary(lambda a, b: a > b, o)
    def __ge__(self, o): return self._binary(lambda a, b: a >= b, o)
    def __and__(self, o): return self._binary(lambda a, b: a & b, o)
    def __or__(self, o): return self._binary(lambda a, b: a | b, o)
    def __rand__(self, o): return self._binary(lambda a, b: a & b, o, True)
    def __ror__(self, o): return self._binary(lambda a, b: a | b, o, True)
    __hash__ = None

    def __neg__(self):
        return Series._make(-self._values, self._index, self.name)

    def __invert__(self):
        return Series._make(~self._values, self._index, self.name)

    def __abs__(self):
        return Series._make(abs(self._values), self._index, self.name)

    def _pandas_unary(self, function):
        return Series._make(function(self._values), self._index, self.name)

    def abs(self):
        return abs(self)

    def round(self, decimals=0):
        return Series._make(np.round(self._values, decimals), self._index, self.name)

    def clip(self, lower=None, upper=None):
        return Series._make(np.clip(self._values, lower, upper), self._index, self.name)

    def isin(self, values):
        wanted = list(values)
        return Series._make(np.array([v in wanted for v in self._values.tolist()], dtype=bool), self._index, self.name)

    def between(self, left, right):
        return (self >= left) & (self <= right)

    # -- missing values --

    def isna(self):
        return Series._make(isna_array(self._values), self._index, self.name)

    isnull = isna

    def notna(self):
        return Series._make(~isna_array(self._values), self._index, self.name)

    notnull = notna

    def fillna(self, value=None, inplace=False, method=None):
        if method is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument method= of fillna")
        mask = isna_array(self._values)
        values = self._values
        if mask.any():
            if values.dtype.name == "object" or isinstance(value, str):
                items = values.tolist()
                flags = mask.tolist()
                values = np.array([value if f else v for v, f in zip(items, flags)], dtype=object)
            else:
                values = np.where(mask, value, values)
        else:
            values = values.copy()
        if inplace:
            self._values = values
            return None
        return Series._make(values, self._index, self.name)

    def dropna(self):
        return self[self.notna()]

    # -- conversion --

    def astype(self, dtype):
        if dtype is str or dtype == "str":
            return Series._make(np.array([str(v) for v in self._values.tolist()], dtype=object), self._index, self.name)
        if isinstance(dtype, str) and dtype == "category":
            raise NotImplementedError("Pipebook's pandas does not support the category dtype")
        return Series._make(self._values.astype(dtype), self._index, self.name)

    def apply(self, func, convert_dtype=None, args=()):
        results = [func(v, *args) for v in self._values.tolist()]
        return Series(results, index=self._index, name=self.name)

    def map(self, arg, na_action=None):
        if isinstance(arg, dict):
            return Series([arg.get(v, float("nan")) for v in self._values.tolist()], index=self._index, name=self.name)
        if isinstance(arg, Series):
            lookup = dict(zip(arg._index.tolist(), arg._values.tolist()))
            return Series([lookup.get(v, float("nan")) for v in self._values.tolist()], index=self._index, name=self.name)
        return self.apply(arg)

    def replace(self, to_replace, value=None):
        mapping = to_replace if isinstance(to_replace, dict) else {to_replace: value}
        return Series([mapping.get(v, v) if not is_missing_scalar(v) else v for v in self._values.tolist()],
                      index=self._index, name=self.name)

    # -- reductions --

    def sum(self, skipna=True): return nan_reduce(self._values, "sum", skipna=skipna)
    def mean(self, skipna=True): return nan_reduce(self._values, "mean", skipna=skipna)
    def median(self, skipna=True): return nan_reduce(self._values, "median", skipna=skipna)
    def std(self, ddof=1, skipna=True): return nan_reduce(self._values, "std", ddof, skipna)
    def var(self, ddof=1, skipna=True): return nan_reduce(self._values, "var", ddof, skipna)
    def min(self, skipna=True): return nan_reduce(self._values, "min", skipna=skipna)
    def max(self, skipna=True): return nan_reduce(self._values, "max", skipna=skipna)
    def count(self): return nan_reduce(self._values, "count")

    def any(self):
        return bool(self._values.any())

    def all(self):
        return bool(self._values.all())

    def idxmax(self):
        return self._index[int(self._values.argmax())]

    def idxmin(self):
        return self._index[int(self._values.argmin())]

    def unique(self):
        seen = []
        found = set()
        for v in self._values.tolist():
            key = "nan" if is_missing_scalar(v) else v
            if key not in found:
                found.add(key)
                seen.append(v)
        return np.array(seen, dtype=self._values.dtype.name)

    def nunique(self, dropna=True):
        return len([v for v in self.unique().tolist() if not (dropna and is_missing_scalar(v))])

    def value_counts(self, normalize=False, sort=True, ascending=False, dropna=True):
        counts = {}
        order = []
        for v in self._values.tolist():
            if is_missing_scalar(v):
                if dropna:
                    continue
                v = float("nan")
            if v not in counts:
                counts[v] = 0
                order.append(v)
            counts[v] += 1
        if sort:
            order = sorted(order, key=lambda v: counts[v], reverse=not ascending)
        total = sum(counts.values())
        values = [counts[v] / total if normalize else counts[v] for v in order]
        return Series(values, index=Index(np.array(order, dtype=self._values.dtype.name), name=self.name),
                      name="proportion" if normalize else "count")

    def sort_values(self, ascending=True):
        order = self._values.argsort()
        if not ascending:
            order = order[::-1]
        return self._take(order)

    def sort_index(self):
        return self._take(self._index.values.argsort())

    def reset_index(self, drop=False, name=None):
        if drop:
            return Series._make(self._values, Index._from_range(len(self)), self.name)
        from pandas._frame import DataFrame
        return DataFrame({"index": self._index.values, self.name if self.name is not None else 0: self._values})

    def rename(self, name):
        return Series._make(self._values, self._index, name)

    def to_frame(self, name=None):
        from pandas._frame import DataFrame
        return DataFrame({name if name is not None else (self.name if self.name is not None else 0): self._values},
                         index=self._index)

    def describe(self):
        from pandas._describe import describe_series
        return describe_series(self)

    def to_csv(self, path_or_buf=None, **kwargs):
        return self.to_frame().to_csv(path_or_buf, **kwargs)

    def __repr__(self):
        from pandas._format import series_repr
        return series_repr(self)
