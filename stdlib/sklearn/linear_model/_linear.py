"""LinearRegression: ordinary least squares on centred data, as scikit-learn fits it."""

import numpy as np
from sklearn.base import BaseEstimator, as_2d, as_1d, feature_names


class LinearRegression(BaseEstimator):
    _parameters = (("copy_X", True), ("fit_intercept", True), ("n_jobs", None), ("positive", False))

    def __init__(self, *, fit_intercept=True, copy_X=True, n_jobs=None, positive=False):
        self._set_parameters(dict(fit_intercept=fit_intercept, copy_X=copy_X, n_jobs=n_jobs, positive=positive))

    def fit(self, X, y, sample_weight=None):
        if self.positive:
            raise NotImplementedError("Pipebook's scikit-learn does not support positive=True in LinearRegression")
        if sample_weight is not None:
            raise NotImplementedError("Pipebook's scikit-learn does not support sample_weight in LinearRegression.fit")
        names = feature_names(X)
        X = as_2d(X, float)
        y = as_1d(y).astype(float)
        if y.ndim != 1:
            raise NotImplementedError("Pipebook's scikit-learn fits one target at a time in LinearRegression")
        if self.fit_intercept:
            x_offset = X.mean(axis=0)
            y_offset = y.mean()
            coef = _lstsq(X - x_offset, y - y_offset)
            self.intercept_ = y_offset - np.dot(x_offset, coef)
        else:
            coef = _lstsq(X, y)
            self.intercept_ = 0.0
        self.coef_ = coef
        self.n_features_in_ = X.shape[1]
        if names is not None:
            self.feature_names_in_ = names
        return self

    def predict(self, X):
        self._check_fitted("coef_")
        return np.dot(as_2d(X, float), self.coef_) + self.intercept_

    def score(self, X, y):
        from sklearn.metrics import r2_score
        return r2_score(y, self.predict(X))


def _lstsq(X, y):
    """scipy.linalg.lstsq as scikit-learn calls it: gelsd with its default cutoff, machine
    epsilon times the largest singular value (numpy's default is max(X.shape) times larger)."""
    return np.linalg.lstsq(X, y, rcond=2.220446049250313e-16)[0]
