"""pickle for Pipebook: plain values (None, bool, int, float, str, bytes, list, tuple, dict, set,
frozenset) in CPython's protocol 4 format, so files go both ways between Pipebook and CPython,
and xgboost's Booster, XGBRegressor and XGBClassifier (written as `module.name(*args)`, GLOBAL
and REDUCE). Other class instances are refused with an error naming the class. An XGBoost JSON
model file (the built-in algorithm's `xgboost-model`) loads as a Booster, as tutorials load
the container's model with `pickle.load`."""

import _pickle_plain

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _ByteArray:
    """bytes that pickle as CPython's bytearray does (`builtins.bytearray(bytes)`)."""

    def __init__(self, data):
        self.data = data


def _reduce(obj):
    """(module, name, args) for the values Pipebook pickles by reduction, else None."""
    if type(obj) is _ByteArray:
        return ("builtins", "bytearray", (obj.data,))
    module = getattr(type(obj), "__module__", "")
    if module == "xgboost" or module.startswith("xgboost."):
        reduced = obj.__reduce__()
        return (reduced[0].__module__, reduced[0].__name__, reduced[1])
    return None


def _find_class(module, name):
    if (module, name) == ("builtins", "bytearray"):
        return bytes
    if (module, name) == ("xgboost.core", "Booster"):
        import xgboost.core
        return xgboost.core.Booster
    if (module, name) == ("xgboost.sklearn", "_restore_model"):
        import xgboost.sklearn
        return xgboost.sklearn._restore_model
    raise NotImplementedError("Pipebook's pickle loads plain values only; this pickle holds an instance of a class (%s.%s)" % (module, name))


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _pickle_plain.dumps(obj, _reduce)


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, bytes) and data[:1] == b"{" and b'"learner"' in data[:4096]:
        import xgboost
        return xgboost.Booster(model_file=data)
    return _pickle_plain.loads(data, _find_class)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return loads(file.read())
