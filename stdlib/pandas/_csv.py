"""read_csv and to_csv over `_pandas`'s native parser and writer."""

import _pandas
import numpy as np
from pandas._index import Index


def _reject(function, arguments):
    for name, value in arguments.items():
        if value is not None:
            raise NotImplementedError("Pipebook's pandas does not support the argument %s= of %s" % (name, function))


def read_csv(filepath_or_buffer, sep=",", delimiter=None, header="infer", names=None, index_col=None,
             usecols=None, dtype=None, skiprows=None, nrows=None, na_values=None, parse_dates=None,
             encoding=None, low_memory=None, engine=None, float_precision=None, compression=None):
    from pandas._frame import DataFrame
    _reject("read_csv", {"usecols": usecols, "skiprows": skiprows, "nrows": nrows, "na_values": na_values,
                         "parse_dates": parse_dates, "float_precision": float_precision})
    if index_col is not None and index_col is not False:
        raise NotImplementedError("Pipebook's pandas does not support the argument index_col= of read_csv (only None)")
    if compression not in (None, "infer"):
        raise NotImplementedError("Pipebook's pandas does not support the argument compression= of read_csv")
    if delimiter is not None:
        sep = delimiter
    if hasattr(filepath_or_buffer, "read"):
        text = filepath_or_buffer.read()
    else:
        path = str(filepath_or_buffer)
        if path.startswith("s3://") or path.startswith("http://") or path.startswith("https://"):
            raise NotImplementedError("Pipebook's pandas reads local files only, not %s" % path)
        if path.endswith(".gz"):
            raise NotImplementedError("Pipebook's pandas does not read compressed CSV files")
        with open(path, encoding=encoding or "utf-8") as f:
            text = f.read()
    if header == "infer":
        header = 0 if names is None else None
    if header not in (0, None):
        raise NotImplementedError("Pipebook's pandas does not support the argument header=%r of read_csv (only 0 or None)" % (header,))
    header_names, columns = _pandas.parse_csv(text, sep, header == 0)
    if names is not None:
        labels = list(names)
        if len(labels) != len(columns):
            if len(labels) > len(columns):
                columns = columns + [np.full(len(columns[0]) if columns else 0, float("nan"))._b] * (len(labels) - len(columns))
            else:
                raise NotImplementedError("Pipebook's pandas needs as many names as the file has columns")
    elif header_names is not None:
        labels = _deduplicate(header_names)
    else:
        labels = list(range(len(columns)))
    data = {}
    for label, buffer in zip(labels, columns):
        data[label] = _wrap(buffer)
    frame = DataFrame(data)
    if dtype is not None:
        frame = frame.astype(dtype)
    return frame


def _wrap(buffer):
    from numpy._ndarray import _wrap as wrap
    if isinstance(buffer, np.ndarray):
        return buffer
    return wrap(buffer)


def _deduplicate(names):
    seen = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append("%s.%d" % (n, seen[n]))
        else:
            seen[n] = 0
            out.append(n)
    return out


def write_csv(frame, path_or_buf, sep, header, index, float_format, index_label, columns, mode, na_rep):
    _reject("to_csv", {"float_format": float_format, "columns": columns})
    if na_rep != "":
        raise NotImplementedError("Pipebook's pandas does not support the argument na_rep= of to_csv")
    names = frame._names
    buffers = [frame._data[n]._b for n in names]
    header_row = None
    if header is True:
        header_row = [str(n) for n in names]
        if index:
            label = index_label if index_label is not None else frame.index.name
            header_row = ["" if label is None else str(label)] + header_row
    elif header is not False:
        header_row = list(header)
    index_buffer = frame.index.values._b if index else None
    text = _pandas.format_csv(buffers, header_row, index_buffer, sep)
    if path_or_buf is None:
        return text
    if hasattr(path_or_buf, "write"):
        path_or_buf.write(text)
        return None
    with open(str(path_or_buf), mode) as f:
        f.write(text)
    return None
