"""pickle for Pipebook: plain values (None, bool, int, float, str, bytes, list, tuple, dict, set,
frozenset) in CPython's protocol 4 format, so files go both ways between Pipebook and CPython,
and xgboost's Booster, XGBRegressor and XGBClassifier (written as `module.name(*args)`, GLOBAL
and REDUCE; CPython's pickles of them, NEWOBJ and BUILD with the Booster's state in XGBoost's
UBJSON, load too). Instances of classes written in Python (a scikit-learn model, a DataFrame, a
script's own class) and numpy arrays pickle too, through reductions of Pipebook's own
(`pickle._instance`, `pickle._array`): Pipebook reads them back, CPython does not. An XGBoost
JSON or UBJSON model file (the built-in algorithm's `xgboost-model`) loads as a Booster, as
tutorials load the container's model with `pickle.load`."""

import importlib
import sys

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
    cls = type(obj)
    module = getattr(cls, "__module__", "")
    if module == "xgboost" or module.startswith("xgboost."):
        reduced = obj.__reduce__()
        return (reduced[0].__module__, reduced[0].__name__, reduced[1])
    if isinstance(obj, type) or type(obj).__name__ == "function":
        # Classes and functions pickle by name, as in CPython (a dtype such as np.float64, a
        # FunctionTransformer's function).
        return ("pickle", "_named", (obj.__module__, obj.__qualname__))
    if module == "numpy._ndarray" and cls.__name__ == "ndarray":
        return ("pickle", "_array", (obj.tolist(), str(obj.dtype), tuple(obj.shape)))
    if module not in ("builtins", "") and hasattr(obj, "__dict__"):
        state = obj.__getstate__() if hasattr(cls, "__getstate__") else dict(obj.__dict__)
        return ("pickle", "_instance", (module, cls.__qualname__, state))
    return None


def _array(items, dtype, shape):
    import numpy
    return numpy.array(items, dtype=dtype).reshape(shape)


def _named(module, qualname):
    found = sys.modules[module] if module in sys.modules else importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


def _instance(module, qualname, state):
    """An instance of module.qualname made without calling __init__, as CPython's pickle makes
    it, with its state restored through __setstate__ or into its __dict__."""
    cls = _named(module, qualname)
    obj = cls.__new__(cls)
    if hasattr(cls, "__setstate__"):
        obj.__setstate__(state)
    else:
        obj.__dict__.update(state)
    return obj


def _find_class(module, name):
    if (module, name) == ("builtins", "bytearray"):
        return bytes
    if (module, name) == ("collections", "OrderedDict"):
        # An XGBModel fitted with an eval_set holds its evals_result_ in OrderedDicts.
        import collections
        return collections.OrderedDict
    if (module, name) == ("xgboost.core", "Booster"):
        import xgboost.core
        return xgboost.core.Booster
    if module == "xgboost.sklearn" and name in ("_restore_model", "XGBRegressor", "XGBClassifier"):
        import xgboost.sklearn
        return getattr(xgboost.sklearn, name)
    if (module, name) == ("pickle", "_array"):
        return _array
    if (module, name) == ("pickle", "_instance"):
        return _instance
    if (module, name) == ("pickle", "_named"):
        return _named
    raise NotImplementedError("Pipebook's pickle does not load instances of %s.%s (a pickle CPython wrote of a class "
                              "other than xgboost's)" % (module, name))


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _pickle_plain.dumps(obj, _reduce)


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    # No pickle starts with "{" (it is no opcode); XGBoost's JSON and UBJSON model files do.
    if isinstance(data, bytes) and data[:1] == b"{":
        import xgboost
        return xgboost.Booster(model_file=data)
    return _pickle_plain.loads(data, _find_class)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return loads(file.read())
