"""Missing values as pandas sees them: NaN in float columns, None or NaN in object columns."""

import numpy as np


def isna_array(values):
    """A bool ndarray: which elements are missing."""
    kind = values.dtype.name
    if kind in ("int64", "bool"):
        return np.zeros(len(values), dtype=bool)
    return np.isnan(values)


def is_missing_scalar(value):
    return value is None or (isinstance(value, float) and value != value)


def nan_reduce(values, op, ddof=1, skipna=True):
    """pandas' nanops: reductions that skip missing values, with pandas' order of operations."""
    kind = values.dtype.name
    if kind == "object":
        items = [v for v in values.tolist() if not is_missing_scalar(v)] if skipna else values.tolist()
        if op == "count":
            return len(items)
        if op in ("min", "max"):
            return (min if op == "min" else max)(items) if items else float("nan")
        if op == "sum":
            total = 0
            for v in items:
                total = total + v
            return total
        raise TypeError("Could not convert %s to numeric" % "".join(str(v) for v in items))
    mask = isna_array(values)
    count = len(values) - int(mask.sum())
    if op == "count":
        return count
    if kind == "bool" and op in ("sum", "mean", "std", "var"):
        values = values.astype(int)
        kind = "int64"
    any_missing = count != len(values)
    if any_missing and not skipna:
        return float("nan")
    clean = np.where(mask, 0.0, values) if any_missing else values
    if op == "sum":
        return clean.sum()
    if op in ("min", "max"):
        if count == 0:
            return float("nan")
        kept = values[~mask] if any_missing else values
        return kept.min() if op == "min" else kept.max()
    if op == "median":
        kept = values[~mask] if any_missing else values
        return np.median(kept) if count else float("nan")
    total = clean.astype(float).sum() if kind != "float64" else clean.sum()
    if op == "mean":
        return total / count if count else float("nan")
    if op in ("var", "std"):
        if count - ddof <= 0:
            return float("nan")
        avg = total / count
        squares = (avg - clean.astype(float)) ** 2
        if any_missing:
            squares = np.where(mask, 0.0, squares)
        result = squares.sum() / (count - ddof)
        return result ** 0.5 if op == "std" else result
    raise ValueError(op)
