"""DataFrame.groupby(column) with mean, sum, count, size, min, max, and a column selection."""

import numpy as np
from pandas._index import Index
from pandas._series import Series
from pandas._missing import nan_reduce


class GroupBy:
    def __init__(self, frame, by, selection=None):
        if not isinstance(by, str) and not isinstance(by, int):
            raise NotImplementedError("Pipebook's pandas groups by one column only")
        self._frame = frame
        self._by = by
        self._selection = selection
        keys = frame._data[by].tolist()
        groups = {}
        for i, k in enumerate(keys):
            groups.setdefault(k, []).append(i)
        self._keys = sorted(groups)
        self._groups = groups

    def __getitem__(self, selection):
        return GroupBy(self._frame, self._by, selection)

    def _columns(self):
        if self._selection is not None:
            return self._selection if isinstance(self._selection, list) else [self._selection]
        return [n for n in self._frame._names if n != self._by]

    def _aggregate(self, op, numeric_only=False):
        from pandas._frame import DataFrame
        frame = self._frame
        names = [n for n in self._columns() if not numeric_only or frame._data[n].dtype.name != "object"]
        index = Index(np.array(self._keys, dtype=frame._data[self._by].dtype.name), name=self._by)
        data = {}
        for n in names:
            column = frame._data[n]
            data[n] = Series([nan_reduce(column[np.array(self._groups[k])], op) for k in self._keys]).values
        if self._selection is not None and not isinstance(self._selection, list):
            return Series._make(data[names[0]], index, names[0])
        return DataFrame._make(names, data, index)

    def mean(self, numeric_only=False): return self._aggregate("mean", numeric_only)
    def sum(self, numeric_only=False): return self._aggregate("sum", numeric_only)
    def count(self): return self._aggregate("count")
    def min(self): return self._aggregate("min")
    def max(self): return self._aggregate("max")
    def median(self): return self._aggregate("median")
    def std(self): return self._aggregate("std")

    def size(self):
        index = Index(np.array(self._keys, dtype=self._frame._data[self._by].dtype.name), name=self._by)
        return Series._make(np.array([len(self._groups[k]) for k in self._keys]), index, None)
