"""IPython's display protocol: what a notebook shows for an object, and the display() builtin.

An object is shown in every format it offers: text/plain always (IPython's pretty printer),
and text/html, text/markdown, image/svg+xml or application/json when it defines _repr_html_,
_repr_markdown_, _repr_svg_ or _repr_json_ and that method returns something other than None.
A _repr_*_ method may return (data, metadata), as in IPython.
"""

import json
import _pretty

__all__ = ["format", "display"]

# The formats IPython's DisplayFormatter asks for, in its order, by method name.
_FORMATS = [
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("application/json", "_repr_json_"),
]


def format(obj):
    """(data, metadata): dicts by MIME type. JSON formats hold their value as JSON text."""
    data = {"text/plain": _pretty.pretty(obj)}
    metadata = {}
    for mime, method_name in _FORMATS:
        method = getattr(type(obj), method_name, None)
        if method is None or isinstance(obj, type):
            continue
        result = method(obj)
        if isinstance(result, tuple) and len(result) == 2:
            result, meta = result
            if meta:
                metadata[mime] = meta
        if result is None:
            continue
        if mime == "application/json":
            data[mime] = json.dumps(result)
        elif isinstance(result, str):
            data[mime] = result
        else:
            raise TypeError("%s.%s returned %s, not str" % (type(obj).__name__, method_name, type(result).__name__))
    return data, {mime: json.dumps(meta) for mime, meta in metadata.items()}


def display(*objs, raw=False, metadata=None):
    """Show each object as a notebook output of its own, in every format it offers.

    With raw=True each object is already a dict of data by MIME type. Outside a notebook the
    objects are printed, as IPython's display does outside IPython.
    """
    try:
        import _notebook_host
    except ImportError:
        print(*objs)
        return
    for obj in objs:
        if raw:
            data, meta = dict(obj), {}
            if "application/json" in data:
                data["application/json"] = json.dumps(data["application/json"])
        else:
            data, meta = format(obj)
        if metadata:
            meta = dict(meta)
            meta.update({mime: json.dumps(value) for mime, value in metadata.items()})
        _notebook_host.publish(data, meta)
