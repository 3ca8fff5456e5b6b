"""ColumnTransformer: transformers applied to named (or numbered) columns, results side by side."""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin


def _select(X, columns):
    if hasattr(X, "iloc"):
        if isinstance(columns, str):
            return X[[columns]]
        columns = list(columns)
        if columns and isinstance(columns[0], str):
            return X[columns]
        return X.iloc[:, columns]
    X = np.asarray(X)
    if isinstance(columns, int):
        columns = [columns]
    if isinstance(columns, str) or (len(columns) and isinstance(list(columns)[0], str)):
        raise ValueError("Specifying the columns using strings is only supported for dataframes.")
    return X[:, np.asarray(list(columns), dtype=int)] if len(columns) else np.zeros((len(X), 0))


def _column_positions(X, columns):
    names = list(X.columns) if hasattr(X, "columns") else None
    columns = [columns] if isinstance(columns, (str, int)) else list(columns)
    if columns and isinstance(columns[0], str):
        return [names.index(c) for c in columns]
    return columns


def _output(transformer, X):
    """A transformer's output as a dense array, and whether scikit-learn's would be sparse."""
    if hasattr(transformer, "_dense_output"):
        return transformer._dense_output(X)
    if hasattr(transformer, "_dense"):
        return transformer._dense(X), transformer.sparse_output
    return transformer.transform(X), False


class ColumnTransformer(TransformerMixin, BaseEstimator):
    def __init__(self, transformers, *, remainder="drop", sparse_threshold=0.3, n_jobs=None,
                 transformer_weights=None, verbose=False, verbose_feature_names_out=True):
        if transformer_weights is not None:
            raise NotImplementedError("Pipebook's scikit-learn does not support transformer_weights= in ColumnTransformer")
        if remainder not in ("drop", "passthrough"):
            raise NotImplementedError("Pipebook's scikit-learn supports remainder='drop' or 'passthrough' only")
        self.transformers = list(transformers)
        self.remainder = remainder
        self.sparse_threshold = sparse_threshold
        self.n_jobs = n_jobs
        self.transformer_weights = transformer_weights
        self.verbose = verbose
        self.verbose_feature_names_out = verbose_feature_names_out

    def fit(self, X, y=None):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y=None):
        self.n_features_in_ = X.shape[1]
        used = []
        self.transformers_ = []
        for name, transformer, columns in self.transformers:
            used += _column_positions(X, columns)
            if transformer == "drop":
                self.transformers_.append((name, transformer, columns))
                continue
            if transformer != "passthrough":
                transformer.fit(_select(X, columns), y)
            self.transformers_.append((name, transformer, columns))
        self._remainder = [j for j in range(X.shape[1]) if j not in used]
        if self.remainder == "passthrough" and self._remainder:
            self.transformers_.append(("remainder", "passthrough", self._remainder))
        return self.transform(X)

    def transform(self, X):
        self._check_fitted("transformers_")
        parts = []
        nonzero = 0
        total = 0
        any_sparse = False
        for name, transformer, columns in self.transformers_:
            if transformer == "drop":
                continue
            selected = _select(X, columns)
            if transformer == "passthrough":
                out, sparse = (selected.to_numpy() if hasattr(selected, "to_numpy") else np.asarray(selected)), False
            else:
                out, sparse = _output(transformer, selected)
            out = np.asarray(out)
            if out.ndim == 1:
                out = out.reshape(-1, 1)
            any_sparse = any_sparse or sparse
            nonzero += int((out != 0).sum()) if sparse else out.size
            total += out.size
            parts.append(out)
        if any_sparse and total and nonzero / total < self.sparse_threshold:
            raise NotImplementedError("Pipebook's scikit-learn does not make sparse matrices: this ColumnTransformer's "
                                      "output would be sparse (set sparse_threshold=0 or sparse_output=False)")
        self.sparse_output_ = False
        if not parts:
            return np.zeros((len(X), 0))
        return np.column_stack(parts) if len(parts) > 1 else parts[0]

    @property
    def named_transformers_(self):
        return {name: t for name, t, _ in self.transformers_}


def make_column_transformer(*transformers, remainder="drop", sparse_threshold=0.3):
    named = []
    for transformer, columns in transformers:
        name = transformer if isinstance(transformer, str) else type(transformer).__name__.lower()
        named.append((name, transformer, columns))
    return ColumnTransformer(named, remainder=remainder, sparse_threshold=sparse_threshold)
