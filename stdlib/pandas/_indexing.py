"""`iloc` (by position) and `loc` (by label or boolean mask) for Series and DataFrames."""

import numpy as np
from pandas._index import Index
from pandas._series import Series


def _positions(key, n):
    """Positions 0..n-1 a positional key selects, and whether the key was a single int."""
    if isinstance(key, int) and not isinstance(key, bool):
        if key < -n or key >= n:
            raise IndexError("single positional indexer is out-of-bounds")
        return key % n if n else key, True
    if isinstance(key, slice):
        return np.arange(n)[key], False
    if isinstance(key, Series):
        key = key.values
    if isinstance(key, (list, tuple)):
        key = np.array(list(key)) if key else np.array([], dtype=int)
    if isinstance(key, np.ndarray):
        if key.dtype == np.bool_:
            return np.arange(n)[key], False
        if ((key >= n) | (key < -n)).any():
            raise IndexError("positional indexers are out-of-bounds")
        return np.where(key < 0, key + n, key), False
    raise TypeError("Cannot index by location index with a non-integer key")


def _labels(index, key):
    """Positions a label key selects in index, and whether it was a single label."""
    if isinstance(key, slice):
        if key.step is not None:
            raise NotImplementedError("Pipebook's pandas does not support a step in a loc slice")
        start = 0 if key.start is None else index.get_loc(key.start)
        stop = len(index) if key.stop is None else index.get_loc(key.stop) + 1
        return np.arange(start, stop), False
    if isinstance(key, Series) and key.dtype == np.bool_:
        return np.arange(len(index))[key.values], False
    if isinstance(key, np.ndarray) and key.dtype == np.bool_:
        return np.arange(len(index))[key], False
    if isinstance(key, (list, np.ndarray, Index)):
        key = list(key)
        if key and all(isinstance(k, bool) for k in key):
            return np.arange(len(index))[np.array(key)], False
        return np.array(index.positions(key), dtype=int), False
    return index.get_loc(key), True


class SeriesILoc:
    def __init__(self, series):
        self._s = series

    def __getitem__(self, key):
        positions, single = _positions(key, len(self._s))
        if single:
            return self._s.values[positions]
        return self._s._take(positions)

    def __setitem__(self, key, value):
        positions, _ = _positions(key, len(self._s))
        self._s._assign(positions, value)


class SeriesLoc:
    def __init__(self, series):
        self._s = series

    def __getitem__(self, key):
        positions, single = _labels(self._s.index, key)
        if single:
            return self._s.values[positions]
        return self._s._take(positions)

    def __setitem__(self, key, value):
        positions, _ = _labels(self._s.index, key)
        self._s._assign(positions, value)


class _FrameIndexer:
    def __init__(self, frame):
        self._f = frame

    def _rows(self, key):
        raise NotImplementedError

    def _columns(self, key):
        raise NotImplementedError

    def __getitem__(self, key):
        f = self._f
        rows, columns = (key if isinstance(key, tuple) else (key, slice(None)))
        row_positions, single_row = self._rows(rows)
        column_positions, single_column = self._columns(columns)
        names = [f._names[j] for j in ([column_positions] if single_column else column_positions.tolist())]
        if single_row and single_column:
            return f._data[names[0]][row_positions]
        if single_column:
            return Series._make(f._data[names[0]][row_positions], f._index.take(row_positions.tolist()), names[0])
        if single_row:
            label = f._index[row_positions]
            values = [f._data[n][row_positions] for n in names]
            return Series(values, index=Index(np.array(names, dtype=object)), name=label)
        return f[names]._take(row_positions)

    def __setitem__(self, key, value):
        f = self._f
        rows, columns = (key if isinstance(key, tuple) else (key, slice(None)))
        if not isinstance(rows, tuple) and isinstance(columns, str) and columns not in f._data and self.by_label:
            f[columns] = np.full(len(f), float("nan"))
        row_positions, _ = self._rows(rows)
        column_positions, single_column = self._columns(columns)
        names = [f._names[j] for j in ([column_positions] if single_column else column_positions.tolist())]
        for k, n in enumerate(names):
            column = Series._make(f._data[n], f._index, n)
            v = value
            if isinstance(value, (np.ndarray,)) and value.ndim == 2:
                v = value[:, k]
            column._assign(row_positions, v)
            f._data[n] = column.values


class FrameILoc(_FrameIndexer):
    by_label = False

    def _rows(self, key):
        return _positions(key, len(self._f))

    def _columns(self, key):
        return _positions(key, len(self._f._names))


class FrameLoc(_FrameIndexer):
    by_label = True

    def _rows(self, key):
        return _labels(self._f.index, key)

    def _columns(self, key):
        return _labels(Index(np.array(self._f._names, dtype=object)), key)
