"""SimpleImputer: mean, median, most_frequent or constant, per column."""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, as_2d, feature_names


def _missing_mask(X):
    if X.dtype.name in ("int64", "bool"):
        return np.zeros(X.shape, dtype=bool)
    # scikit-learn finds NaN by X != X: None in an object column is not missing to it.
    return X != X


def _most_frequent(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    if not counts:
        return float("nan")
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


class SimpleImputer(TransformerMixin, BaseEstimator):
    _parameters = (("missing_values", float("nan")), ("strategy", "mean"), ("fill_value", None),
                   ("copy", True), ("add_indicator", False), ("keep_empty_features", False))

    def __init__(self, *, missing_values=float("nan"), strategy="mean", fill_value=None, copy=True,
                 add_indicator=False, keep_empty_features=False):
        self._set_parameters(dict(missing_values=missing_values, strategy=strategy, fill_value=fill_value, copy=copy,
                                  add_indicator=add_indicator, keep_empty_features=keep_empty_features))

    def fit(self, X, y=None):
        if not (isinstance(self.missing_values, float) and self.missing_values != self.missing_values):
            raise NotImplementedError("Pipebook's scikit-learn supports missing_values=np.nan only in SimpleImputer")
        if self.add_indicator:
            raise NotImplementedError("Pipebook's scikit-learn does not support add_indicator=True in SimpleImputer")
        names = feature_names(X)
        X = as_2d(X)
        if self.strategy in ("mean", "median") and X.dtype.name == "object":
            X = X.astype(float)
        mask = _missing_mask(X)
        if self.strategy == "mean":
            # numpy.ma's mean: the columns' sums with the missing values as zeros, over the counts.
            sums = np.where(mask, 0.0, X.astype(float)).sum(axis=0)
            counts = X.shape[0] - mask.sum(axis=0)
            means = (sums * 1.0 / counts).tolist()
        stats = []
        for j in range(X.shape[1]):
            column = X[:, j]
            present = column[~mask[:, j]]
            if self.strategy == "mean":
                stats.append(means[j])
            elif self.strategy == "median":
                stats.append(float(np.median(present)) if len(present) else float("nan"))
            elif self.strategy == "most_frequent":
                stats.append(_most_frequent(present.tolist()))
            elif self.strategy == "constant":
                fill = self.fill_value
                if fill is None:
                    fill = "missing_value" if X.dtype.name == "object" else 0
                stats.append(fill)
            else:
                raise ValueError("Can only use these strategies: ['mean', 'median', 'most_frequent', 'constant']  got strategy=%s" % self.strategy)
        object_stats = X.dtype.name == "object" or any(isinstance(s, str) for s in stats)
        self.statistics_ = np.array(stats, dtype=object if object_stats else None)
        self.n_features_in_ = X.shape[1]
        if names is not None:
            self.feature_names_in_ = names
        self._dtype = X.dtype.name
        return self

    def transform(self, X):
        self._check_fitted("statistics_")
        X = as_2d(X)
        if self._dtype != "object" and X.dtype.name == "object":
            X = X.astype(float)
        mask = _missing_mask(X)
        if not mask.any():
            numeric = self.strategy in ("mean", "median")
            return X.astype(float) if numeric and X.dtype.name != "float64" else np.array(X)
        if X.dtype.name == "object" or self.statistics_.dtype.name == "object":
            rows = X.tolist()
            flags = mask.tolist()
            stats = self.statistics_.tolist()
            out = [[stats[j] if flags[i][j] else rows[i][j] for j in range(len(stats))] for i in range(len(rows))]
            return np.array(out, dtype=object)
        return np.where(mask, self.statistics_, X)
