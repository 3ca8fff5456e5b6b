"""BaseEstimator (parameters and repr) and TransformerMixin (fit_transform)."""

import numpy as np


class NotFittedError(ValueError, AttributeError):
    pass


class BaseEstimator:
    """Estimators list their constructor parameters in `_parameters`, as (name, default) pairs,
    so that get_params, set_params and repr work as in scikit-learn."""

    _parameters = ()

    def _set_parameters(self, given):
        for name, default in self._parameters:
            setattr(self, name, given.get(name, default))

    def get_params(self, deep=True):
        return {name: getattr(self, name) for name, _ in self._parameters}

    def set_params(self, **params):
        for k, v in params.items():
            setattr(self, k, v)
        return self

    def __repr__(self):
        changed = []
        for name, default in sorted(self._parameters):
            value = getattr(self, name)
            if value is not default and not _same(value, default):
                changed.append("%s=%r" % (name, value))
        return "%s(%s)" % (type(self).__name__, ", ".join(changed))

    def _check_fitted(self, attribute):
        if not hasattr(self, attribute):
            raise NotFittedError(
                "This %s instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
                % type(self).__name__)


def _same(a, b):
    try:
        return type(a) == type(b) and bool(a == b)
    except Exception:
        return False


class TransformerMixin:
    def fit_transform(self, X, y=None, **fit_params):
        return self.fit(X, y, **fit_params).transform(X)


def as_2d(X, dtype=None):
    """X as a 2-D ndarray, as check_array makes it (a DataFrame's values, a list of rows)."""
    if hasattr(X, "to_numpy"):
        X = X.to_numpy()
    X = np.asarray(X)
    if X.ndim == 1:
        raise ValueError("Expected 2D array, got 1D array instead:\narray=%s.\nReshape your data either using "
                         "array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it "
                         "contains a single sample." % X)
    if dtype is not None and X.dtype.name != np.dtype(dtype).name:
        X = X.astype(dtype)
    return X


def as_1d(y):
    if hasattr(y, "to_numpy"):
        y = y.to_numpy()
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.ravel()
    return y


def feature_names(X):
    if hasattr(X, "columns"):
        return np.array([str(c) for c in X.columns], dtype=object)
    return None


def reject(estimator, **arguments):
    """Refuses parameters Pipebook does not implement, naming the first one set."""
    for name, value in arguments.items():
        raise NotImplementedError("Pipebook's scikit-learn does not support %s=%r in %s"
                                  % (name, value, type(estimator).__name__))
