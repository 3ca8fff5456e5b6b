"""pickle for Pipebook: plain values (None, bool, int, float, str, bytes, list, tuple, dict, set,
frozenset) in CPython's protocol 4 format, so files go both ways between Pipebook and CPython.
Class instances are refused with an error naming the class."""

import _pickle_plain

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _pickle_plain.dumps(obj)


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return _pickle_plain.loads(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return loads(file.read())
