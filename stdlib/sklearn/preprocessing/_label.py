"""LabelEncoder: labels to 0..n-1 in sorted order."""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, as_1d


class LabelEncoder(TransformerMixin, BaseEstimator):
    def fit(self, y):
        self.classes_ = np.unique(as_1d(y))
        return self

    def fit_transform(self, y):
        return self.fit(y).transform(y)

    def transform(self, y):
        self._check_fitted("classes_")
        y = as_1d(y)
        positions = {v: i for i, v in enumerate(self.classes_.tolist())}
        values = y.tolist()
        unseen = [v for v in values if v not in positions]
        if unseen:
            raise ValueError("y contains previously unseen labels: %r" % (sorted(set(unseen), key=str),))
        return np.array([positions[v] for v in values], dtype=int)

    def inverse_transform(self, y):
        return self.classes_[np.asarray(y)]
