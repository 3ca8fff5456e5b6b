"""Printing Series and DataFrames with pandas' layout (display options at their defaults, as
in a script: 60 rows at most before truncation, lines of 80 characters, 6 decimals)."""

from pandas._missing import is_missing_scalar

_MAX_ROWS = 60
_MIN_ROWS = 10
_LINE_WIDTH = 80
_DIGITS = 6


def _trim_zeros(texts):
    """pandas' _trim_zeros_float: drop trailing zeros from every decimal number alike."""
    def is_decimal(t):
        s = t.strip()
        if s.startswith("-") or s.startswith("+"):
            s = s[1:]
        parts = s.split(".")
        return len(parts) == 2 and parts[0].isdigit() and (parts[1] == "" or parts[1].isdigit())
    while True:
        numbers = [t for t in texts if is_decimal(t)]
        if not numbers or not all(t.endswith("0") for t in numbers):
            break
        texts = [t[:-1] if is_decimal(t) else t for t in texts]
    return [t + "0" if is_decimal(t) and t.endswith(".") else t for t in texts]


def _format_floats(values):
    def fixed(v):
        return "NaN" if v != v else "% .*f" % (_DIGITS, v)
    texts = _trim_zeros([fixed(v) for v in values])
    too_long = max([len(t) for t in texts], default=0) > _DIGITS + 6
    finite = [abs(v) for v in values if v == v]
    large = any(a > 1e6 for a in finite)
    small = any(0 < a < 10 ** (-_DIGITS) for a in finite)
    if small or (too_long and large):
        texts = _trim_zeros(["NaN" if v != v else "% .*e" % (_DIGITS, v) for v in values])
    return texts


def format_values(values, dtype_name):
    """The cells of one column, each with pandas' leading space, not yet justified."""
    if dtype_name == "float64":
        return _format_floats(values)
    if dtype_name == "int64":
        return ["{: d}".format(v) for v in values]
    if dtype_name == "bool":
        return [" " + str(v) for v in values]
    out = []
    floats = [v for v in values if isinstance(v, float) and v == v]
    for v in values:
        if is_missing_scalar(v):
            out.append(" NaN" if v is not None else " None")
        else:
            out.append(" " + str(v))
    return out


def _rows_shown(n):
    if n <= _MAX_ROWS:
        return list(range(n)), None
    half = _MIN_ROWS // 2
    return list(range(half)) + list(range(n - half, n)), half


def _index_cells(index, rows):
    labels = index.tolist()
    if index.values.dtype.name == "float64":
        return [t.strip() for t in _format_floats([labels[i] for i in rows])]
    return [str(labels[i]) for i in rows]


def _adjoin(space, columns):
    widths = []
    for c in columns[:-1]:
        widths.append(max([len(x) for x in c]) + space)
    widths.append(max([len(x) for x in columns[-1]]))
    lines = []
    for r in range(len(columns[0])):
        lines.append("".join(c[r].ljust(w) for c, w in zip(columns, widths)))
    return "\n".join(lines)


def frame_repr(frame):
    n = len(frame)
    names = frame._names
    if not names or n == 0:
        text = "Empty DataFrame\nColumns: %s\nIndex: %s" % (
            "[" + ", ".join(str(c) for c in names) + "]",
            "[" + ", ".join(str(i) for i in frame.index.tolist()) + "]")
        return text
    rows, cut = _rows_shown(n)
    index_name = frame.index.name
    index_cells = _index_cells(frame.index, rows)
    if cut is not None:
        index_cells = index_cells[:cut] + [".."] + index_cells[cut:]
    headers = [""] if index_name is None else ["", str(index_name)]
    index_width = max(len(c) for c in index_cells + headers)
    index_column = headers + [c.ljust(index_width) for c in index_cells]
    columns = [_column_cells(frame, name, label, rows, cut, index_name is not None)
               for name, label in zip(names, _column_labels(names))]
    text = _adjoin(1, [index_column] + columns)
    widest = max(len(line) for line in text.split("\n"))
    truncated = cut is not None
    if widest > _LINE_WIDTH and len(columns) > 1:
        # pandas' _fit_strcols_to_terminal_width: drop middle columns until the frame fits,
        # then show as many from each end with a column of dots between.
        lengths = [max(len(x) for x in c) for c in [index_column] + columns]
        keys = list(range(len(lengths)))
        excess = widest - _LINE_WIDTH + 1
        while excess > 0 and len(keys) > 1:
            middle = keys[round(len(keys) / 2)]
            excess -= lengths[middle] + 1
            keys.remove(middle)
        fitted = max(len(keys) - 1, 2)
        half = fitted // 2
        if half >= 1 and 2 * half < len(columns):
            shown = columns[:half] + [[" ..."] * len(index_column)] + columns[len(columns) - half:]
            text = _adjoin(1, [index_column] + shown)
            truncated = True
    if truncated:
        text += "\n\n[%d rows x %d columns]" % (n, len(names))
    return text


def _column_labels(names):
    """The header texts: integer labels are formatted together, left-justified to a common
    width, as pandas formats a numeric Index."""
    if names and all(isinstance(n, int) and not isinstance(n, bool) for n in names):
        width = max(len(str(n)) for n in names)
        return [str(n).ljust(width) for n in names]
    return [str(n) for n in names]


def _column_cells(frame, name, label, rows, cut, index_named):
    values = frame._data[name].tolist()
    cells = format_values([values[i] for i in rows], frame._data[name].dtype.name)
    # pandas gives the header of a numeric column the same leading space as its cells.
    header = (" " if frame._data[name].dtype.name != "object" else "") + label
    width = max([len(c) for c in cells] + [len(header)])
    if cut is not None:
        # pandas writes ".." under a cell of three characters or fewer, "..." otherwise.
        cells = cells[:cut] + [("..." if width > 3 else "..")] + cells[cut:]
    column = [header.rjust(width)]
    if index_named:
        column.append("".rjust(width))
    return column + [c.rjust(width) for c in cells]


def series_repr(series):
    n = len(series)
    rows, cut = _rows_shown(n)
    values = series.values.tolist()
    cells = format_values([values[i] for i in rows], series.dtype.name)
    index_cells = _index_cells(series.index, rows)
    width = max([len(c) for c in cells], default=0)
    cells = [c.rjust(width) for c in cells]
    if cut is not None:
        # pandas centres the dots of a Series in the column's width.
        cells = cells[:cut] + [("..." if width > 3 else "..").center(width)] + cells[cut:]
        index_cells = index_cells[:cut] + [""] + index_cells[cut:]
    footer = []
    if series.name is not None:
        footer.append("Name: %s" % series.name)
    if cut is not None:
        footer.append("Length: %d" % n)
    footer.append("dtype: %s" % series.dtype.name)
    if n == 0:
        return "Series([], %sdtype: %s)" % ("Name: %s, " % series.name if series.name is not None else "", series.dtype.name)
    width = max(len(c) for c in cells)
    cells = [c.rjust(width) for c in cells]
    index_width = max(len(c) for c in index_cells)
    lines = _adjoin(3, [[c.ljust(index_width) for c in index_cells], cells]).split("\n")
    if series.index.name is not None:
        lines = [str(series.index.name)] + lines
    return "\n".join(lines) + "\n" + ", ".join(footer)
