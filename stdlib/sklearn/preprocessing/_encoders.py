"""OneHotEncoder: one float column per category, categories sorted as np.unique sorts them."""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, as_2d, feature_names


def _column_values(X, j):
    return X[:, j]


def _categories(column):
    """np.unique's sorted values, except that in an object column scikit-learn puts the
    missing values last: None, then NaN."""
    if column.dtype.name != "object":
        return np.unique(column)
    values = column.tolist()
    present = sorted(set(v for v in values if v is not None and not (isinstance(v, float) and v != v)))
    if any(v is None for v in values):
        present.append(None)
    if any(isinstance(v, float) and v != v for v in values):
        present.append(float("nan"))
    return np.array(present, dtype=object)


class OneHotEncoder(TransformerMixin, BaseEstimator):
    _parameters = (("categories", "auto"), ("drop", None), ("sparse_output", True), ("dtype", np.float64),
                   ("handle_unknown", "error"), ("min_frequency", None), ("max_categories", None),
                   ("feature_name_combiner", "concat"))

    def __init__(self, *, categories="auto", drop=None, sparse_output=True, dtype=np.float64,
                 handle_unknown="error", min_frequency=None, max_categories=None, feature_name_combiner="concat"):
        self._set_parameters(dict(categories=categories, drop=drop, sparse_output=sparse_output, dtype=dtype,
                                  handle_unknown=handle_unknown, min_frequency=min_frequency,
                                  max_categories=max_categories, feature_name_combiner=feature_name_combiner))

    def _check_parameters(self):
        for name in ("min_frequency", "max_categories"):
            if getattr(self, name) is not None:
                raise NotImplementedError("Pipebook's scikit-learn does not support %s= in OneHotEncoder" % name)
        if self.drop not in (None, "first", "if_binary"):
            raise NotImplementedError("Pipebook's scikit-learn does not support drop=%r in OneHotEncoder" % (self.drop,))
        if self.handle_unknown not in ("error", "ignore"):
            raise NotImplementedError("Pipebook's scikit-learn does not support handle_unknown=%r in OneHotEncoder"
                                      % (self.handle_unknown,))

    def fit(self, X, y=None):
        self._check_parameters()
        names = feature_names(X)
        X = as_2d(X)
        if self.categories == "auto":
            self.categories_ = [_categories(_column_values(X, j)) for j in range(X.shape[1])]
        else:
            self.categories_ = [np.array(list(c)) for c in self.categories]
        self.n_features_in_ = X.shape[1]
        if names is not None:
            self.feature_names_in_ = names
        self.drop_idx_ = None
        if self.drop is not None:
            self.drop_idx_ = [0 if self.drop == "first" or len(c) == 2 else None for c in self.categories_]
        return self

    def transform(self, X):
        self._check_fitted("categories_")
        if self.sparse_output:
            raise NotImplementedError("Pipebook's scikit-learn does not make sparse matrices: "
                                      "use OneHotEncoder(sparse_output=False)")
        return self._dense(X)

    def _dense(self, X):
        """The encoded columns as a dense float array (ColumnTransformer decides on sparsity)."""
        X = as_2d(X)
        blocks = []
        for j, categories in enumerate(self.categories_):
            column = _column_values(X, j)
            known = np.zeros(len(column), dtype=bool)
            for k, c in enumerate(categories.tolist()):
                if self.drop_idx_ is not None and self.drop_idx_[j] == k:
                    known = known | (column == c)
                    continue
                hit = column == c
                known = known | hit
                blocks.append(hit.astype(float))
            if self.handle_unknown == "error" and not known.all():
                unknown = sorted(set(column[~known].tolist()), key=str)
                raise ValueError("Found unknown categories %r in column %d during transform" % (unknown, j))
        if not blocks:
            return np.zeros((X.shape[0], 0))
        return np.column_stack(blocks)

    def get_feature_names_out(self, input_features=None):
        if input_features is None:
            input_features = getattr(self, "feature_names_in_", None)
        if input_features is None:
            input_features = ["x%d" % j for j in range(self.n_features_in_)]
        names = []
        for j, categories in enumerate(self.categories_):
            for k, c in enumerate(categories.tolist()):
                if self.drop_idx_ is not None and self.drop_idx_[j] == k:
                    continue
                names.append("%s_%s" % (input_features[j], c))
        return np.array(names, dtype=object)

    def inverse_transform(self, X):
        raise NotImplementedError("Pipebook's scikit-learn does not support OneHotEncoder.inverse_transform")
