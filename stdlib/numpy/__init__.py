"""numpy for Pipebook: arrays of float64, int64, bool and object in one and two dimensions,
over the native module `_numpy`. See docs/data-science.md for what is supported."""

from numpy._dtypes import dtype, float64, int64, bool_, object_
from numpy._ndarray import ndarray
from numpy._functions import *
from numpy._functions import abs, round, min, max, sum, any, all
from numpy import random, linalg

__version__ = "1.26.4"

nan = float("nan")
NaN = nan
inf = float("inf")
Inf = inf
pi = 3.141592653589793
e = 2.718281828459045
newaxis = None

float_ = float64
double = float64
int_ = int64
intp = int64


def __getattr__(name):
    if name in ("float32", "float16", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64",
                "complex128", "datetime64", "str_", "unicode_"):
        raise NotImplementedError("Pipebook's numpy does not support numpy.%s (only float64, int64, bool and object)" % name)
    raise AttributeError("module 'numpy' has no attribute '%s'" % name)
