"""pandas for Pipebook: DataFrame and Series over numpy arrays, read_csv and to_csv over the
native module `_pandas`. See docs/data-science.md for what is supported."""

from pandas._index import Index
from pandas._series import Series
from pandas._frame import DataFrame
from pandas._csv import read_csv
from pandas._reshape import concat, get_dummies
from pandas._missing import is_missing_scalar as _is_missing

__version__ = "2.2.3"

NA = float("nan")


def isna(obj):
    if isinstance(obj, (Series, DataFrame)):
        return obj.isna()
    return _is_missing(obj)


isnull = isna


def notna(obj):
    if isinstance(obj, (Series, DataFrame)):
        return obj.notna()
    return not _is_missing(obj)


notnull = notna
