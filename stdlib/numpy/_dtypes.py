"""numpy's dtypes as Pipebook has them: float64, int64, bool and object.

`np.float64` and friends are scalar types: they convert a value when called and compare equal
to the dtype of the same name, so `a.dtype == np.float64` and `astype(np.int64)` work."""


class dtype:
    """The element type of an array: `a.dtype`, `np.dtype('float64')`."""

    def __init__(self, spec):
        self.name = _dtype_name(spec)

    @property
    def kind(self):
        return {"float64": "f", "int64": "i", "bool": "b", "object": "O"}[self.name]

    @property
    def type(self):
        return _SCALAR_TYPES[self.name]

    def __eq__(self, other):
        try:
            return self.name == _dtype_name(other)
        except (TypeError, NotImplementedError):
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.name)

    def __str__(self):
        return self.name

    def __repr__(self):
        return "dtype('O')" if self.name == "object" else "dtype('%s')" % self.name


class _ScalarType:
    """`np.float64`, `np.int64`, `np.bool_`, `np.object_`: callable like numpy's scalar types."""

    def __init__(self, name, convert):
        self.name = name
        self._convert = convert
        self.__name__ = {"bool": "bool_", "object": "object_"}.get(name, name)

    def __call__(self, value=0):
        return self._convert(value)

    def __eq__(self, other):
        try:
            return self.name == _dtype_name(other)
        except (TypeError, NotImplementedError):
            return False

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return "<class 'numpy.%s'>" % self.__name__


class _UnsupportedScalarType:
    """numpy.float32 and the other types Pipebook does not have: any use says so."""

    def __init__(self, name):
        self.name = name
        self.__name__ = name

    def __call__(self, *args):
        raise NotImplementedError("Pipebook's numpy does not support numpy.%s (only float64, int64, bool and object)"
                                  % self.name)

    def __repr__(self):
        return "<class 'numpy.%s'>" % self.name


float64 = _ScalarType("float64", float)
int64 = _ScalarType("int64", int)
bool_ = _ScalarType("bool", bool)
object_ = _ScalarType("object", lambda v: v)
_SCALAR_TYPES = {"float64": float64, "int64": int64, "bool": bool_, "object": object_}

_NAMES = {
    "float64": "float64", "float": "float64", "f8": "float64", "double": "float64", "d": "float64",
    "float_": "float64", "<f8": "float64",
    "int64": "int64", "int": "int64", "i8": "int64", "int_": "int64", "<i8": "int64", "l": "int64",
    "bool": "bool", "bool_": "bool", "?": "bool", "b1": "bool",
    "object": "object", "O": "object", "object_": "object",
    "str": "object", "U": "object",
}

_UNSUPPORTED = ("float32", "float16", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64",
                "complex", "complex128", "datetime64", "category", "string")


def _dtype_name(spec):
    """The Pipebook dtype name for anything numpy accepts as a dtype."""
    if isinstance(spec, dtype):
        return spec.name
    if isinstance(spec, _ScalarType):
        return spec.name
    if isinstance(spec, _UnsupportedScalarType):
        spec()
    if spec is float:
        return "float64"
    if spec is int:
        return "int64"
    if spec is bool:
        return "bool"
    if spec is object or spec is str:
        return "object"
    if isinstance(spec, str):
        if spec in _NAMES:
            return _NAMES[spec]
        if spec in _UNSUPPORTED or spec.startswith("<U"):
            raise NotImplementedError("Pipebook's numpy does not support dtype %r (only float64, int64, bool and object)" % spec)
        raise TypeError("data type %r not understood" % spec)
    raise TypeError("Cannot interpret '%r' as a data type" % (spec,))
