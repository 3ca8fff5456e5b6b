"""describe(): count, mean, std, min, quartiles (numpy's linear interpolation), max."""

import numpy as np
from pandas._index import Index
from pandas._series import Series
from pandas._missing import isna_array, nan_reduce

_STATS = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]


def _quantile(sorted_values, q):
    n = len(sorted_values)
    if n == 0:
        return float("nan")
    position = q * (n - 1)
    low = int(position)
    high = min(low + 1, n - 1)
    fraction = position - low
    a, b = float(sorted_values[low]), float(sorted_values[high])
    # numpy's _lerp: a + (b - a) * t, computed from the other end when t >= 0.5.
    diff = b - a
    if fraction >= 0.5:
        return b - diff * (1 - fraction)
    return a + diff * fraction


def _numeric_stats(values):
    kept = values[~isna_array(values)].astype(float)
    ordered = np.sort(kept).tolist()
    return [float(len(ordered)), nan_reduce(values.astype(float), "mean"), nan_reduce(values.astype(float), "std"),
            ordered[0] if ordered else float("nan"),
            _quantile(ordered, 0.25), _quantile(ordered, 0.5), _quantile(ordered, 0.75),
            ordered[-1] if ordered else float("nan")]


def describe_series(series):
    if series.dtype.name == "object":
        raise NotImplementedError("Pipebook's pandas describes numeric columns only")
    return Series(_numeric_stats(series.values), index=Index(np.array(_STATS, dtype=object)), name=series.name)


def describe_frame(frame):
    from pandas._frame import DataFrame
    names = [n for n in frame._names if frame._data[n].dtype.name in ("float64", "int64")]
    if not names:
        raise NotImplementedError("Pipebook's pandas describes numeric columns only")
    data = {n: np.array(_numeric_stats(frame._data[n])) for n in names}
    return DataFrame._make(names, data, Index(np.array(_STATS, dtype=object)))
