"""pandas' Index: the row labels of a Series or DataFrame, or a frame's column names."""

import numpy as np


class Index:
    """Labels in order. A default index (0, 1, ..., n-1) remembers that it is a RangeIndex."""

    def __init__(self, data=None, name=None, dtype=None):
        if isinstance(data, Index):
            data = data._values
        self._values = np.asarray(list(data) if not isinstance(data, np.ndarray) else data, dtype=dtype)
        self._range = None
        self.name = name

    @staticmethod
    def _from_range(n):
        index = Index(np.arange(n))
        index._range = (0, n)
        return index

    @property
    def values(self):
        return self._values

    def to_numpy(self):
        return self._values

    def tolist(self):
        return self._values.tolist()

    to_list = tolist

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def size(self):
        return len(self._values)

    @property
    def shape(self):
        return (len(self._values),)

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values.tolist())

    def __contains__(self, label):
        return label in self._values.tolist()

    def __getitem__(self, key):
        result = self._values[key]
        if isinstance(result, np.ndarray):
            return Index(result)
        return result

    def __eq__(self, other):
        return self._values == (other._values if isinstance(other, Index) else np.asarray(other))

    def __ne__(self, other):
        return ~(self == other)

    __hash__ = None

    def equals(self, other):
        return isinstance(other, Index) and self.tolist() == other.tolist()

    def is_default(self):
        return self._range is not None

    def get_loc(self, label):
        labels = self._values.tolist()
        if label not in labels:
            raise KeyError(label)
        return labels.index(label)

    def positions(self, labels):
        """The positions of labels, as for `loc` (KeyError naming the missing ones)."""
        where = {}
        for i, v in enumerate(self._values.tolist()):
            where.setdefault(v, i)
        missing = [l for l in labels if l not in where]
        if missing:
            raise KeyError("%s not in index" % (missing,))
        return [where[l] for l in labels]

    def take(self, positions):
        return Index(self._values[np.asarray(positions, dtype=int)] if len(positions) else np.array([], dtype=self._values.dtype.name), name=self.name)

    def __repr__(self):
        if self._range is not None:
            return "RangeIndex(start=%d, stop=%d, step=1)" % self._range
        kind = self._values.dtype.name
        return "Index(%r, dtype='%s')" % (self.tolist(), kind)


def ensure_index(labels, n=None):
    if labels is None:
        return Index._from_range(n)
    if isinstance(labels, Index):
        return labels
    return Index(labels)
