"""StandardScaler and MinMaxScaler, with scikit-learn's order of operations so that results
match it to the last bit (the corrected two-pass variance of _incremental_mean_and_var)."""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, as_2d, feature_names

_EPS = 2.220446049250313e-16


def _handle_zeros_in_scale(scale, constant_mask=None):
    if constant_mask is None:
        constant_mask = scale < 10 * _EPS
    return np.where(constant_mask, 1.0, scale)


class StandardScaler(TransformerMixin, BaseEstimator):
    _parameters = (("copy", True), ("with_mean", True), ("with_std", True))

    def __init__(self, *, copy=True, with_mean=True, with_std=True):
        self._set_parameters(dict(copy=copy, with_mean=with_mean, with_std=with_std))

    def fit(self, X, y=None, sample_weight=None):
        if sample_weight is not None:
            raise NotImplementedError("Pipebook's scikit-learn does not support sample_weight in StandardScaler.fit")
        names = feature_names(X)
        X = as_2d(X, float)
        missing = np.isnan(X)
        any_missing = bool(missing.any())
        clean = np.where(missing, 0.0, X) if any_missing else X
        new_sum = clean.sum(axis=0)
        count = X.shape[0] - missing.sum(axis=0)
        mean = new_sum / count
        temp = X - new_sum / count
        if any_missing:
            temp = np.where(missing, 0.0, temp)
        correction = temp.sum(axis=0)
        temp = temp ** 2
        variance = (temp.sum(axis=0) - correction ** 2 / count) / count
        self.n_samples_seen_ = count if any_missing else X.shape[0]
        self.n_features_in_ = X.shape[1]
        if names is not None:
            self.feature_names_in_ = names
        self.mean_ = mean if (self.with_mean or self.with_std) else None
        self.var_ = variance if self.with_std else None
        if self.with_std:
            upper = count * _EPS * variance + (count * mean * _EPS) ** 2
            self.scale_ = _handle_zeros_in_scale(np.sqrt(variance), variance <= upper)
        else:
            self.scale_ = None
        return self

    def transform(self, X, copy=None):
        self._check_fitted("n_features_in_")
        X = as_2d(X, float)
        if self.with_mean:
            X = X - self.mean_
        if self.with_std:
            X = X / self.scale_
        return X

    def inverse_transform(self, X, copy=None):
        X = as_2d(X, float)
        if self.with_std:
            X = X * self.scale_
        if self.with_mean:
            X = X + self.mean_
        return X


class MinMaxScaler(TransformerMixin, BaseEstimator):
    _parameters = (("feature_range", (0, 1)), ("copy", True), ("clip", False))

    def __init__(self, feature_range=(0, 1), *, copy=True, clip=False):
        self._set_parameters(dict(feature_range=feature_range, copy=copy, clip=clip))

    def fit(self, X, y=None):
        names = feature_names(X)
        X = as_2d(X, float)
        missing = np.isnan(X)
        data_min = np.where(missing, np.inf, X).min(axis=0)
        data_max = np.where(missing, -np.inf, X).max(axis=0)
        low, high = self.feature_range
        data_range = data_max - data_min
        self.scale_ = (high - low) / _handle_zeros_in_scale(data_range)
        self.min_ = low - data_min * self.scale_
        self.data_min_, self.data_max_, self.data_range_ = data_min, data_max, data_range
        self.n_features_in_ = X.shape[1]
        self.n_samples_seen_ = X.shape[0]
        if names is not None:
            self.feature_names_in_ = names
        return self

    def transform(self, X):
        self._check_fitted("scale_")
        X = as_2d(X, float) * self.scale_ + self.min_
        if self.clip:
            X = np.clip(X, self.feature_range[0], self.feature_range[1])
        return X

    def inverse_transform(self, X):
        return (as_2d(X, float) - self.min_) / self.scale_
