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


# numpy's other scalar types exist so that programs naming them get a clear error on use.
from numpy._dtypes import _UnsupportedScalarType
float32 = _UnsupportedScalarType("float32")
float16 = _UnsupportedScalarType("float16")
int32 = _UnsupportedScalarType("int32")
int16 = _UnsupportedScalarType("int16")
int8 = _UnsupportedScalarType("int8")
uint8 = _UnsupportedScalarType("uint8")
uint16 = _UnsupportedScalarType("uint16")
uint32 = _UnsupportedScalarType("uint32")
uint64 = _UnsupportedScalarType("uint64")
complex128 = _UnsupportedScalarType("complex128")
str_ = _UnsupportedScalarType("str_")
