"""concat and get_dummies."""

import numpy as np
from pandas._index import Index
from pandas._series import Series


def concat(objs, axis=0, ignore_index=False, join="outer", keys=None, sort=False):
    from pandas._frame import DataFrame
    if keys is not None:
        raise NotImplementedError("Pipebook's pandas does not support the argument keys= of concat")
    objs = [o for o in objs if o is not None]
    if not objs:
        raise ValueError("No objects to concatenate")
    if axis in (1, "columns"):
        base = objs[0].index
        names, data = [], {}
        for k, o in enumerate(objs):
            if not o.index.equals(base):
                raise NotImplementedError("Pipebook's pandas concatenates along axis 1 only objects with the same index")
            frame = o.to_frame() if isinstance(o, Series) else o
            for n in frame._names:
                label = n
                if ignore_index:
                    label = len(names)
                names.append(label)
                data[label] = frame._data[n]
        return DataFrame._make(names, data, base)
    if all(isinstance(o, Series) for o in objs):
        values = np.concatenate([o.values for o in objs])
        index = Index._from_range(len(values)) if ignore_index else Index(np.concatenate([o.index.values for o in objs]))
        return Series._make(values, index, objs[0].name)
    frames = [o.to_frame() if isinstance(o, Series) else o for o in objs]
    names = list(frames[0]._names)
    for f in frames[1:]:
        for n in f._names:
            if n not in names:
                names.append(n)
    data = {}
    for n in names:
        parts = [f._data[n] if n in f._data else np.full(len(f), float("nan")) for f in frames]
        data[n] = np.concatenate(parts)
    total = sum(len(f) for f in frames)
    index = Index._from_range(total) if ignore_index else Index(np.concatenate([f.index.values for f in frames]))
    return DataFrame._make(names, data, index)


def get_dummies(data, prefix=None, prefix_sep="_", dummy_na=False, columns=None, drop_first=False, dtype=None):
    from pandas._frame import DataFrame
    if dummy_na:
        raise NotImplementedError("Pipebook's pandas does not support the argument dummy_na= of get_dummies")
    out_type = bool if dtype is None else dtype
    if isinstance(data, Series):
        frame = DataFrame._make([], {}, data.index)
        _add_dummies(frame, data.values, prefix, prefix_sep, drop_first, out_type)
        return frame
    if columns is None:
        columns = [n for n in data._names if data._data[n].dtype.name in ("object", "bool") and data._data[n].dtype.name == "object"]
    columns = list(columns)
    names = [n for n in data._names if n not in columns]
    frame = DataFrame._make(names, {n: data._data[n] for n in names}, data.index)
    for k, n in enumerate(columns):
        p = n
        if isinstance(prefix, dict):
            p = prefix[n]
        elif isinstance(prefix, (list, tuple)):
            p = prefix[k]
        elif isinstance(prefix, str):
            p = prefix
        _add_dummies(frame, data._data[n], p, prefix_sep, drop_first, out_type)
    return frame


def _add_dummies(frame, values, prefix, prefix_sep, drop_first, out_type):
    items = values.tolist()
    categories = sorted(set(v for v in items if not (v is None or (isinstance(v, float) and v != v))))
    if drop_first:
        categories = categories[1:]
    for c in categories:
        label = c if prefix is None else "%s%s%s" % (prefix, prefix_sep, c)
        column = values == c
        frame._names.append(label)
        frame._data[label] = column if out_type is bool else column.astype(out_type)
