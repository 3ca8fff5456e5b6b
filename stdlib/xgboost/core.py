"""DMatrix and Booster over `_xgboost` (the engine's trees)."""

import os

import _xgboost
import numpy as np
from numpy._ndarray import _wrap


class XGBoostError(ValueError):
    pass


def _reject(what, **arguments):
    for name, value in arguments.items():
        if value is None or value is False or (isinstance(value, tuple) and value == (0, 0)):
            continue
        raise NotImplementedError("Pipebook's xgboost does not support the argument %s= of %s" % (name, what))


def _float_matrix(data):
    """A 2-D float64 ndarray and the feature names (a DataFrame's columns) of `data`."""
    names = None
    if hasattr(data, "columns") and hasattr(data, "to_numpy"):
        for column, kind in zip(data.columns, data.dtypes):
            if str(kind) not in ("float64", "int64", "bool"):
                raise ValueError("DataFrame.dtypes for data must be int, float, bool or category. "
                                 "Invalid columns:%s: %s" % (column, kind))
        names = [str(c) for c in data.columns]
        data = data.to_numpy()
    if isinstance(data, (list, tuple)):
        data = np.array(data)
    if not isinstance(data, np.ndarray):
        raise NotImplementedError("Pipebook's xgboost reads data from a numpy array or a pandas DataFrame, not %s"
                                  % type(data).__name__)
    if data.ndim != 2:
        raise ValueError("Expecting 2 dimensional numpy.ndarray, got: %s" % (data.shape,))
    if str(data.dtype) == "object":
        raise ValueError("Pipebook's xgboost needs numbers: the data has dtype object")
    return data.astype(np.float64), names


def _float_vector(values, what):
    if hasattr(values, "to_numpy"):
        values = values.to_numpy()
    values = np.asarray(values)
    if values.ndim == 2 and values.shape[1] == 1:
        values = values[:, 0]
    if values.ndim != 1:
        raise ValueError("%s must be one-dimensional, got shape %s" % (what, values.shape))
    return values.astype(np.float64)


class DMatrix:
    """A matrix of features (NaN missing) and, for training, its label."""

    def __init__(self, data, label=None, *, weight=None, base_margin=None, missing=None, silent=False,
                 feature_names=None, feature_types=None, nthread=None, group=None, qid=None,
                 label_lower_bound=None, label_upper_bound=None, feature_weights=None, enable_categorical=False):
        _reject("DMatrix", weight=weight, base_margin=base_margin, feature_types=feature_types, group=group, qid=qid,
                label_lower_bound=label_lower_bound, label_upper_bound=label_upper_bound,
                feature_weights=feature_weights, enable_categorical=enable_categorical)
        if missing is not None and missing == missing:
            raise NotImplementedError("Pipebook's xgboost takes NaN as the missing value only, not missing=%r" % (missing,))
        self._data, names = _float_matrix(data)
        self.feature_names = list(feature_names) if feature_names is not None else names
        self._label = None
        if label is not None:
            self.set_label(label)

    def set_label(self, label):
        label = _float_vector(label, "label")
        if label.shape[0] != self._data.shape[0]:
            raise ValueError("The label has %d values for %d rows of data" % (label.shape[0], self._data.shape[0]))
        self._label = label

    def get_label(self):
        return self._label.copy() if self._label is not None else np.zeros(0)

    def num_row(self):
        return self._data.shape[0]

    def num_col(self):
        return self._data.shape[1]


class Booster:
    """A trained model: the engine's trees, with XGBoost's predict and JSON model files."""

    def __init__(self, params=None, cache=None, model_file=None):
        if cache:
            raise NotImplementedError("Pipebook's xgboost trains with xgboost.train, not Booster(cache=...)")
        self._model = None
        self._attributes = {}
        self.feature_names = None
        if isinstance(model_file, Booster):
            self._model = model_file._model
            self._attributes = dict(model_file._attributes)
            self.feature_names = model_file.feature_names
        elif model_file is not None:
            self.load_model(model_file)

    # -- files --

    def load_model(self, fname):
        """A model in XGBoost's JSON or UBJSON format (`save_model`'s .json and .ubj files,
        `save_raw()`'s bytes), told apart by their first bytes as xgboost does."""
        if isinstance(fname, bytes):
            data = fname
        else:
            with open(os.fspath(fname), "rb") as f:
                data = f.read()
        try:
            self._model, self._attributes, self.feature_names = _xgboost.loads(data)
        except ValueError as e:
            raise XGBoostError(str(e))

    def save_model(self, fname):
        path = os.fspath(fname)
        if path.endswith(".ubj"):
            raise NotImplementedError("Pipebook's xgboost writes XGBoost's JSON model format only, not UBJSON (%s)" % path)
        with open(path, "w") as f:
            f.write(self._json())

    def save_raw(self, raw_format="ubj"):
        if raw_format != "json":
            raise NotImplementedError("Pipebook's xgboost writes XGBoost's JSON model format only: save_raw(raw_format='json')")
        return self._json().encode()

    def _json(self):
        self._check()
        return _xgboost.dumps(self._model)

    def __reduce__(self):
        import pickle
        return (Booster, (None, None, pickle._ByteArray(self._json().encode())))

    def __setstate__(self, state):
        """CPython's xgboost pickles a Booster as its __dict__ (NEWOBJ and BUILD), the model
        serialised to UBJSON (XGBoost's config and model) under "handle"."""
        state = dict(state)
        handle = state.pop("handle")
        Booster.__init__(self)
        if handle is not None:
            self._model, self._attributes, self.feature_names = _xgboost.loads_state(handle)
        self.__dict__.update(state)

    def __copy__(self):
        return Booster(model_file=self)

    def __deepcopy__(self, memo=None):
        return Booster(model_file=self)

    def copy(self):
        return Booster(model_file=self)

    # -- what the model is --

    def _check(self):
        if self._model is None:
            raise XGBoostError("The Booster holds no model: train it with xgboost.train or load one with load_model")

    def num_features(self):
        self._check()
        return _xgboost.info(self._model)[1]

    def num_boosted_rounds(self):
        self._check()
        return _xgboost.info(self._model)[4]

    def attr(self, key):
        return self._attributes.get(key)

    def attributes(self):
        return dict(self._attributes)

    def set_attr(self, **kwargs):
        for k, v in kwargs.items():
            if v is None:
                self._attributes.pop(k, None)
            else:
                self._attributes[k] = str(v)

    @property
    def best_iteration(self):
        if "best_iteration" in self._attributes:
            return int(self._attributes["best_iteration"])
        raise AttributeError("`best_iteration` is only defined when early stopping is used.")

    @property
    def best_score(self):
        if "best_score" in self._attributes:
            return float(self._attributes["best_score"])
        raise AttributeError("`best_score` is only defined when early stopping is used.")

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise NotImplementedError("Pipebook's xgboost slices a Booster by a slice of rounds only")
        self._check()
        start = key.start or 0
        stop = self.num_boosted_rounds() if key.stop is None else key.stop
        b = Booster()
        b._model = _xgboost.slice(self._model, start, stop)
        b.feature_names = self.feature_names
        return b

    # -- prediction --

    def predict(self, data, output_margin=False, pred_leaf=False, pred_contribs=False, approx_contribs=False,
                pred_interactions=False, validate_features=True, training=False, iteration_range=(0, 0),
                strict_shape=False):
        _reject("Booster.predict", pred_leaf=pred_leaf, pred_contribs=pred_contribs, approx_contribs=approx_contribs,
                pred_interactions=pred_interactions, strict_shape=strict_shape)
        if not isinstance(data, DMatrix):
            raise TypeError("Expecting data to be a DMatrix object, got: %s" % type(data))
        self._check()
        if validate_features and self.feature_names is not None and data.feature_names is not None \
                and list(self.feature_names) != list(data.feature_names):
            raise ValueError("feature_names mismatch: %s %s" % (self.feature_names, data.feature_names))
        start, stop = iteration_range
        if start != 0:
            raise NotImplementedError("Pipebook's xgboost predicts with iteration_range=(0, n) only")
        return _wrap(_xgboost.predict(self._model, data._data._b, bool(output_margin), stop))

    def inplace_predict(self, data, iteration_range=(0, 0), predict_type="value", missing=float("nan"),
                        validate_features=True, base_margin=None, strict_shape=False):
        _reject("Booster.inplace_predict", base_margin=base_margin, strict_shape=strict_shape)
        if predict_type not in ("value", "margin"):
            raise NotImplementedError("Pipebook's xgboost does not support predict_type=%r" % (predict_type,))
        return self.predict(DMatrix(data, missing=missing), output_margin=predict_type == "margin",
                            validate_features=validate_features, iteration_range=iteration_range)
