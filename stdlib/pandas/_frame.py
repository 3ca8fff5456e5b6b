"""pandas.DataFrame: named columns of equal length sharing one row index."""

import _numpy
import numpy as np
from numpy._ndarray import _wrap
from pandas._index import Index, ensure_index
from pandas._series import Series, _values_of
from pandas._missing import isna_array, nan_reduce


class DataFrame:
    """Columns (each a 1-D ndarray) by name, in order, with a row index."""

    def __init__(self, data=None, index=None, columns=None, dtype=None, copy=None):
        names, arrays = [], []
        if isinstance(data, DataFrame):
            names, arrays = list(data._names), [data._data[n] for n in data._names]
            if index is None:
                index = data._index
        elif isinstance(data, dict):
            n = None
            for v in data.values():
                if isinstance(v, (list, tuple, np.ndarray, Series, range)):
                    n = len(v)
                    if index is None and isinstance(v, Series):
                        index = v.index
                    break
            if n is None and index is not None:
                n = len(index)
            for k, v in data.items():
                names.append(k)
                arrays.append(_values_of(v, n if n is not None else 1, dtype))
        elif isinstance(data, np.ndarray):
            if data.ndim == 1:
                data = data.reshape(-1, 1)
            names = list(columns) if columns is not None else list(range(data.shape[1]))
            arrays = [data[:, j] for j in range(data.shape[1])]
            if dtype is not None:
                arrays = [a.astype(dtype) for a in arrays]
            columns = None
        elif isinstance(data, (list, tuple)):
            rows = list(data)
            if rows and isinstance(rows[0], dict):
                names = []
                for r in rows:
                    for k in r:
                        if k not in names:
                            names.append(k)
                arrays = [_values_of([r.get(k, float("nan")) for r in rows], None, dtype) for k in names]
            else:
                width = len(rows[0]) if rows else 0
                names = list(columns) if columns is not None else list(range(width))
                arrays = [_values_of([r[j] for r in rows], None, dtype) for j in range(width)]
                columns = None
        elif data is not None:
            raise NotImplementedError("Pipebook's pandas does not support DataFrame(%s)" % type(data).__name__)
        if columns is not None:
            columns = list(columns)
            lookup = dict(zip(names, arrays))
            names = columns
            length = len(arrays[0]) if arrays else 0
            arrays = [lookup[c] if c in lookup else np.full(length, float("nan")) for c in columns]
        self._names = names
        self._data = dict(zip(names, arrays))
        length = len(arrays[0]) if arrays else (len(index) if index is not None else 0)
        for name, a in zip(names, arrays):
            if len(a) != length:
                raise ValueError("All arrays must be of the same length")
        self._index = ensure_index(index, length)

    @staticmethod
    def _make(names, data, index):
        f = object.__new__(DataFrame)
        f._names = list(names)
        f._data = data
        f._index = index
        return f

    # -- attributes --

    @property
    def columns(self):
        return Index(np.array(self._names, dtype=object) if any(isinstance(n, str) for n in self._names)
                     else np.array(self._names))

    @columns.setter
    def columns(self, names):
        names = list(names)
        if len(names) != len(self._names):
            raise ValueError("Length mismatch: Expected axis has %d elements, new values have %d elements"
                             % (len(self._names), len(names)))
        self._data = {new: self._data[old] for old, new in zip(self._names, names)}
        self._names = names

    @property
    def index(self):
        return self._index

    @index.setter
    def index(self, labels):
        self._index = ensure_index(labels)

    @property
    def shape(self):
        return (len(self._index), len(self._names))

    @property
    def size(self):
        return len(self._index) * len(self._names)

    @property
    def empty(self):
        return self.size == 0

    def __len__(self):
        return len(self._index)

    def __iter__(self):
        return iter(list(self._names))

    def keys(self):
        return self.columns

    def __contains__(self, name):
        return name in self._data

    @property
    def dtypes(self):
        return Series([self._data[n].dtype for n in self._names], index=Index(np.array(self._names, dtype=object)),
                      dtype=object)

    @property
    def values(self):
        return self.to_numpy()

    def to_numpy(self, dtype=None):
        if not self._names:
            return np.zeros((len(self._index), 0))
        result = np.column_stack([self._data[n] for n in self._names])
        if len(set(self._data[n].dtype.name for n in self._names)) == 1:
            # pandas keeps columns of one dtype in one block, whose values numpy sees in
            # Fortran order; numpy's sums of them add up in that order.
            result = _wrap(_numpy.as_fortran(result._b, True))
        return result if dtype is None else result.astype(dtype)

    def copy(self, deep=True):
        return DataFrame._make(self._names, {n: self._data[n].copy() for n in self._names}, self._index)

    def items(self):
        return [(n, self[n]) for n in self._names]

    def iterrows(self):
        labels = self._index.tolist()
        for i in range(len(labels)):
            yield labels[i], Series([self._data[n][i] for n in self._names], index=list(self._names), name=labels[i])

    # -- columns --

    def _column(self, name):
        if name not in self._data:
            raise KeyError(name)
        return Series._make(self._data[name], self._index, name)

    def __getitem__(self, key):
        if isinstance(key, Series) and key.dtype == np.bool_:
            return self._take(np.arange(len(self))[key.values])
        if isinstance(key, np.ndarray) and key.dtype == np.bool_:
            return self._take(np.arange(len(self))[key])
        if isinstance(key, slice):
            return self._take(np.arange(len(self))[key])
        if isinstance(key, (list, Index)):
            key = list(key)
            missing = [k for k in key if k not in self._data]
            if missing:
                raise KeyError("%s not in index" % (missing,))
            return DataFrame._make(key, {k: self._data[k] for k in key}, self._index)
        return self._column(key)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._data:
            return self._column(name)
        raise AttributeError("'DataFrame' object has no attribute '%s'" % name)

    def __setitem__(self, key, value):
        if isinstance(key, list):
            if isinstance(value, DataFrame):
                for k, n in zip(key, value._names):
                    self[k] = value._data[n]
                return
            value = np.asarray(value)
            for j, k in enumerate(key):
                self[k] = value[:, j]
            return
        n = len(self._index)
        if isinstance(value, Series):
            if len(self._names) and not value.index.equals(self._index):
                value = Series._make(value.values[np.asarray(value.index.positions(self._index.tolist()))],
                                     self._index, value.name)
            array = value.values
            if not self._names:
                self._index = value.index
                n = len(array)
        elif isinstance(value, (list, tuple, np.ndarray, range)):
            array = _values_of(value)
            if not self._names and not len(self._index):
                self._index = Index._from_range(len(array))
                n = len(array)
            if len(array) != n:
                raise ValueError("Length of values (%d) does not match length of index (%d)" % (len(array), n))
        else:
            array = _values_of(value, n)
        if key not in self._data:
            self._names.append(key)
        self._data[key] = array

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        del self._data[key]
        self._names.remove(key)

    def pop(self, name):
        column = self._column(name)
        del self[name]
        return column

    def insert(self, loc, column, value):
        if column in self._data:
            raise ValueError("cannot insert %s, already exists" % column)
        self[column] = value
        self._names.remove(column)
        self._names.insert(loc, column)

    def drop(self, labels=None, axis=0, index=None, columns=None, inplace=False, errors="raise"):
        if labels is not None:
            if axis in (1, "columns"):
                columns = labels
            else:
                index = labels
        result = self if inplace else self.copy()
        if columns is not None:
            columns = [columns] if not isinstance(columns, (list, tuple, Index)) else list(columns)
            for c in columns:
                if c not in result._data:
                    if errors == "ignore":
                        continue
                    raise KeyError("%s not found in axis" % ([c],))
                del result._data[c]
                result._names.remove(c)
        if index is not None:
            index = [index] if not isinstance(index, (list, tuple, Index, np.ndarray)) else list(index)
            drop = set(result._index.positions(index))
            keep = [i for i in range(len(result._index)) if i not in drop]
            taken = result._take(np.array(keep, dtype=int))
            result._data, result._index = taken._data, taken._index
        return None if inplace else result

    def rename(self, columns=None, index=None, inplace=False, mapper=None, axis=None):
        if mapper is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument mapper= of rename")
        if index is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument index= of rename")
        rename = columns if callable(columns) else (lambda n: columns.get(n, n))
        names = [rename(n) for n in self._names]
        data = {rename(n): self._data[n] for n in self._names}
        if inplace:
            self._names, self._data = names, data
            return None
        return DataFrame._make(names, data, self._index)

    # -- rows --

    def _take(self, positions):
        positions = np.asarray(positions, dtype=int)
        return DataFrame._make(self._names, {n: self._data[n][positions] for n in self._names},
                               self._index.take(positions.tolist()))

    @property
    def iloc(self):
        from pandas._indexing import FrameILoc
        return FrameILoc(self)

    @property
    def loc(self):
        from pandas._indexing import FrameLoc
        return FrameLoc(self)

    def head(self, n=5):
        return self._take(np.arange(len(self))[:n])

    def tail(self, n=5):
        return self._take(np.arange(len(self))[-n:] if n else np.arange(0))

    def sample(self, n=None, frac=None, replace=False, weights=None, random_state=None, axis=None, ignore_index=False):
        if weights is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument weights= of sample")
        if axis not in (None, 0, "index"):
            raise NotImplementedError("Pipebook's pandas does not support the argument axis= of sample")
        if n is None and frac is None:
            n = 1
        size = n if n is not None else int(round(frac * len(self)))
        rng = _random_state(random_state)
        positions = rng.choice(len(self), size=size, replace=replace)
        result = self._take(positions)
        if ignore_index:
            result._index = Index._from_range(size)
        return result

    def reset_index(self, drop=False, inplace=False):
        result = self if inplace else self.copy()
        if not drop:
            name = "index" if "index" not in result._data else "level_0"
            result._names.insert(0, name)
            result._data[name] = self._index.values
        result._index = Index._from_range(len(self))
        return None if inplace else result

    def set_index(self, keys, drop=True):
        column = self._data[keys]
        result = self.drop(columns=[keys]) if drop else self.copy()
        result._index = Index(column, name=keys)
        return result

    def sort_values(self, by, ascending=True):
        order = self._data[by].argsort()
        if not ascending:
            order = order[::-1]
        return self._take(order)

    def dropna(self, axis=0, how="any", subset=None):
        names = subset if subset is not None else self._names
        masks = [isna_array(self._data[n]) for n in names]
        if not masks:
            return self.copy()
        missing = masks[0]
        for m in masks[1:]:
            missing = (missing | m) if how == "any" else (missing & m)
        return self._take(np.arange(len(self))[~missing])

    def drop_duplicates(self):
        seen = set()
        keep = []
        for i in range(len(self)):
            key = tuple(self._data[n][i] for n in self._names)
            if key not in seen:
                seen.add(key)
                keep.append(i)
        return self._take(keep)

    # -- whole-frame operations --

    def _map_columns(self, function):
        return DataFrame._make(self._names, {n: function(self._data[n]) for n in self._names}, self._index)

    def isna(self):
        return self._map_columns(isna_array)

    isnull = isna

    def notna(self):
        return self._map_columns(lambda a: ~isna_array(a))

    notnull = notna

    def fillna(self, value=None, inplace=False, method=None):
        if method is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument method= of fillna")
        result = {}
        for n in self._names:
            fill = value.get(n) if isinstance(value, dict) else value
            column = Series._make(self._data[n], self._index, n)
            result[n] = column.fillna(fill).values if fill is not None else self._data[n]
        if inplace:
            self._data = result
            return None
        return DataFrame._make(self._names, result, self._index)

    def astype(self, dtype):
        if isinstance(dtype, dict):
            data = {n: (Series._make(self._data[n], self._index, n).astype(dtype[n]).values if n in dtype else self._data[n])
                    for n in self._names}
            return DataFrame._make(self._names, data, self._index)
        return self._map_columns(lambda a: Series._make(a, self._index, None).astype(dtype).values)

    def apply(self, func, axis=0):
        if axis in (1, "columns"):
            rows = [func(row) for _, row in self.iterrows()]
            return Series(rows, index=self._index)
        return Series([func(self[n]) for n in self._names], index=list(self._names))

    def round(self, decimals=0):
        return self._map_columns(lambda a: np.round(a, decimals) if a.dtype.name == "float64" else a)

    def _reduce(self, op, numeric_only=False, **kw):
        names = [n for n in self._names if not numeric_only or self._data[n].dtype.name != "object"]
        return Series([nan_reduce(self._data[n], op, **kw) for n in names],
                      index=Index(np.array(names, dtype=object)))

    def sum(self, numeric_only=False): return self._reduce("sum", numeric_only)
    def mean(self, numeric_only=False): return self._reduce("mean", numeric_only)
    def median(self, numeric_only=False): return self._reduce("median", numeric_only)
    def std(self, ddof=1, numeric_only=False): return self._reduce("std", numeric_only, ddof=ddof)
    def var(self, ddof=1, numeric_only=False): return self._reduce("var", numeric_only, ddof=ddof)
    def min(self, numeric_only=False): return self._reduce("min", numeric_only)
    def max(self, numeric_only=False): return self._reduce("max", numeric_only)
    def count(self): return self._reduce("count")

    def any(self):
        return Series([bool(self._data[n].any()) for n in self._names], index=Index(np.array(self._names, dtype=object)))

    def all(self):
        return Series([bool(self._data[n].all()) for n in self._names], index=Index(np.array(self._names, dtype=object)))

    def nunique(self):
        return Series([Series._make(self._data[n], self._index, n).nunique() for n in self._names],
                      index=Index(np.array(self._names, dtype=object)))

    def select_dtypes(self, include=None, exclude=None):
        def kinds(spec):
            if spec is None:
                return None
            spec = spec if isinstance(spec, (list, tuple)) else [spec]
            out = set()
            for s in spec:
                if s in ("number", np.number if hasattr(np, "number") else None):
                    out.update(["float64", "int64"])
                elif s in ("object", object, "O"):
                    out.add("object")
                else:
                    out.add(np.dtype(s).name)
            return out
        inc, exc = kinds(include), kinds(exclude)
        keep = [n for n in self._names if (inc is None or self._data[n].dtype.name in inc)
                and (exc is None or self._data[n].dtype.name not in exc)]
        return self[keep]

    def groupby(self, by):
        from pandas._groupby import GroupBy
        return GroupBy(self, by)

    def describe(self):
        from pandas._describe import describe_frame
        return describe_frame(self)

    def info(self):
        raise NotImplementedError("Pipebook's pandas does not support DataFrame.info()")

    def to_csv(self, path_or_buf=None, sep=",", header=True, index=True, float_format=None, index_label=None,
               columns=None, mode="w", encoding=None, na_rep=""):
        from pandas._csv import write_csv
        return write_csv(self, path_or_buf, sep, header, index, float_format, index_label, columns, mode, na_rep)

    def __repr__(self):
        from pandas._format import frame_repr
        return frame_repr(self)


def _random_state(random_state):
    if random_state is None:
        return np.random._global
    if isinstance(random_state, int):
        return np.random.RandomState(random_state)
    if isinstance(random_state, np.random.RandomState):
        return random_state
    raise NotImplementedError("Pipebook's pandas does not support random_state=%r" % (random_state,))
