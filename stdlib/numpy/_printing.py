"""`print(a)` and `repr(a)` with numpy's layout: a common float format for the whole array
(at most 8 decimals, padded to line up), wrapping at 75 characters, `...` past 1000 elements."""

_LINE_WIDTH = 75
_EDGE_ITEMS = 3
_THRESHOLD = 1000


def _float_formatter(values):
    finite = [v for v in values if v == v and v not in (float("inf"), float("-inf"))]
    nonzero = [abs(v) for v in finite if v != 0]
    exp_format = False
    if nonzero:
        top, bottom = max(nonzero), min(nonzero)
        exp_format = top >= 1e8 or bottom < 0.0001 or top / bottom > 1000.0
    if exp_format:
        return _exp_formatter(finite)
    parts = [_positional(v) for v in finite]
    pad_left = max([len(i) for i, _ in parts], default=0)
    pad_right = max([len(f) for _, f in parts], default=0)
    if len(finite) != len(values):
        # numpy widens the integer part so that nan and inf fit the common width.
        negative_inf = any(v == float("-inf") for v in values)
        pad_left = max(pad_left, 3 - (pad_right + 1), 3 + negative_inf - (pad_right + 1))

    def fmt(v):
        if v != v:
            text = "nan"
        elif v in (float("inf"), float("-inf")):
            text = "inf" if v > 0 else "-inf"
        else:
            i, f = _positional(v)
            return i.rjust(pad_left) + "." + f.ljust(pad_right)
        return text.rjust(pad_left + pad_right + 1)
    return fmt


def _positional(v):
    """The integer and fraction digits of v: its shortest repr, at most 8 decimals."""
    text = repr(float(v))
    if "e" in text or len(text.split(".")[1]) > 8:
        text = "%.8f" % v
        text = text.rstrip("0")
    integer, fraction = text.split(".")
    if fraction == "0" and "e" not in repr(float(v)):
        fraction = ""
    return integer, fraction


def _exp_formatter(finite):
    def digits(v):
        for p in range(0, 9):
            if float("%.*e" % (p, v)) == v:
                return p
        return 8
    precision = max([digits(v) for v in finite], default=0)
    texts = ["%.*e" % (precision, v) for v in finite]
    pad_left = max([len(t.split(".")[0]) if "." in t else len(t.split("e")[0]) for t in texts], default=0)

    def fmt(v):
        if v != v:
            return "nan".rjust(pad_left + precision + 5)
        if v in (float("inf"), float("-inf")):
            return ("inf" if v > 0 else "-inf").rjust(pad_left + precision + 5)
        t = "%.*e" % (precision, v)
        mantissa, exponent = t.split("e")
        if "." not in mantissa:
            mantissa += "."
        return mantissa.rjust(pad_left + precision + 1) + "e" + exponent
    return fmt


def _formatter(a, values, in_repr):
    kind = a.dtype.name
    if kind == "float64":
        return _float_formatter(values)
    if kind == "bool":
        return lambda v: " True" if v else "False"
    if kind == "int64":
        width = max([len(str(v)) for v in values], default=0)
        return lambda v: str(v).rjust(width)
    # numpy pads no element of an object array.
    return repr


def _format_array(a, separator, prefix, line_width):
    rows = a.tolist() if a.ndim == 2 else [a.tolist()]
    summarize = a.size > _THRESHOLD
    shown = [_edges(r) if summarize else r for r in (_edges(rows) if summarize else rows)]
    values = [v for r in shown for v in r if v is not _SKIP]
    fmt = _formatter(a, values, separator == ", ")
    hanging = " " + " " * len(prefix)

    def one_line(row, indent, width):
        s = ""
        line = indent
        words = ["..." if v is _SKIP else fmt(v) for v in row]
        for k, word in enumerate(words):
            limit = width - max(len(separator.rstrip()), 1)
            if len(line) + len(word) > limit and len(line) > len(indent):
                s += line.rstrip() + "\n"
                line = indent
            line += word
            if k < len(words) - 1:
                line += separator
        s += line
        return "[" + s[len(indent):] + "]"

    if a.ndim == 1:
        return one_line(shown[0], hanging, line_width)
    inner = hanging + " "
    lines = []
    for row in shown:
        if row is _SKIP:
            lines.append("...")
        else:
            lines.append(one_line(row, inner, line_width - 1))
    return "[" + (separator.rstrip() + "\n" + hanging).join(lines) + "]"


class _Skip:
    pass


_SKIP = _Skip()


def _edges(items):
    if len(items) <= 2 * _EDGE_ITEMS:
        return items
    return items[:_EDGE_ITEMS] + [_SKIP] + items[-_EDGE_ITEMS:]


def array_str(a):
    if a.ndim == 0:
        return str(a.item())
    return _format_array(a, " ", "", _LINE_WIDTH)


def array_repr(a):
    kind = a.dtype.name
    suffix = ")" if kind in ("float64", "int64", "bool") else ", dtype=object)"
    if a.size == 0:
        return "array([], dtype=%s)" % kind if kind != "float64" else "array([], dtype=float64)"
    body = _format_array(a, ", ", "array(", _LINE_WIDTH - len(")"))
    return "array(" + body + suffix
