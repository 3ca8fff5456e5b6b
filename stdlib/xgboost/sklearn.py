"""XGBRegressor and XGBClassifier: scikit-learn's estimator interface over xgboost.train."""

import numpy as np
from xgboost.core import Booster, DMatrix
from xgboost.training import train

_PARAMS = ("n_estimators", "max_depth", "learning_rate", "objective", "booster", "tree_method", "n_jobs", "gamma",
           "min_child_weight", "subsample", "colsample_bytree", "reg_alpha", "reg_lambda", "random_state",
           "num_class", "eval_metric", "early_stopping_rounds", "verbosity", "max_bin")


class XGBModel:
    _default_objective = "reg:squarederror"

    def __init__(self, *, n_estimators=None, max_depth=None, learning_rate=None, objective=None, booster=None,
                 tree_method=None, n_jobs=None, gamma=None, min_child_weight=None, subsample=None,
                 colsample_bytree=None, reg_alpha=None, reg_lambda=None, random_state=None, num_class=None,
                 eval_metric=None, early_stopping_rounds=None, verbosity=None, max_bin=None, **kwargs):
        if kwargs:
            raise NotImplementedError("Pipebook's xgboost does not support the parameter %s of %s"
                                      % (sorted(kwargs)[0], type(self).__name__))
        self.n_estimators = n_estimators
        self.max_depth = max_depth
        self.learning_rate = learning_rate
        self.objective = objective if objective is not None else self._default_objective
        self.booster = booster
        self.tree_method = tree_method
        self.n_jobs = n_jobs
        self.gamma = gamma
        self.min_child_weight = min_child_weight
        self.subsample = subsample
        self.colsample_bytree = colsample_bytree
        self.reg_alpha = reg_alpha
        self.reg_lambda = reg_lambda
        self.random_state = random_state
        self.num_class = num_class
        self.eval_metric = eval_metric
        self.early_stopping_rounds = early_stopping_rounds
        self.verbosity = verbosity
        self.max_bin = max_bin
        self._Booster = None

    def get_params(self, deep=True):
        return {name: getattr(self, name) for name in _PARAMS}

    def set_params(self, **params):
        for name, value in params.items():
            if name not in _PARAMS:
                raise NotImplementedError("Pipebook's xgboost does not support the parameter %s" % name)
            setattr(self, name, value)
        return self

    def _xgb_params(self):
        params = {}
        for name in _PARAMS:
            value = getattr(self, name)
            if name in ("n_estimators", "early_stopping_rounds") or value is None:
                continue
            params[name] = value
        return params

    def get_booster(self):
        if self._Booster is None:
            raise ValueError("need to call fit or load_model beforehand")
        return self._Booster

    def _fit(self, X, y, eval_set, verbose, params):
        dtrain = DMatrix(X, label=y)
        evals = [(DMatrix(a, label=b), "validation_%d" % i) for i, (a, b) in enumerate(eval_set or [])]
        self._evals_result = {}
        self._Booster = train(params, dtrain, self.n_estimators if self.n_estimators is not None else 100,
                              evals=evals, early_stopping_rounds=self.early_stopping_rounds,
                              evals_result=self._evals_result, verbose_eval=bool(verbose) and bool(evals))
        self.n_features_in_ = dtrain.num_col()
        if dtrain.feature_names is not None:
            self.feature_names_in_ = np.array(dtrain.feature_names, dtype=object)
        return self

    def evals_result(self):
        return self._evals_result

    @property
    def best_iteration(self):
        return self.get_booster().best_iteration

    @property
    def best_score(self):
        return self.get_booster().best_score

    def _iteration_range(self):
        booster = self.get_booster()
        if booster.attr("best_iteration") is not None:
            return (0, booster.best_iteration + 1)
        return (0, 0)

    def _raw_predict(self, X, output_margin=False):
        return self.get_booster().predict(DMatrix(X), output_margin=output_margin,
                                          iteration_range=self._iteration_range())

    def save_model(self, fname):
        self.get_booster().save_model(fname)

    def load_model(self, fname):
        self._Booster = Booster(model_file=fname)

    def __setstate__(self, state):
        """A model CPython's xgboost pickled: its __dict__ (the constructor's parameters, _Booster
        and a classifier's n_classes_), restored as CPython restores it."""
        self.__dict__.update(state)
        if "evals_result_" in state:
            self._evals_result = state["evals_result_"]
        if "n_classes_" in state:
            self.classes_ = np.arange(state["n_classes_"])

    def __reduce__(self):
        return (_restore_model, (type(self).__name__, self.get_params(), self._Booster,
                                 getattr(self, "n_classes_", None)))


class XGBRegressor(XGBModel):
    def fit(self, X, y, *, sample_weight=None, base_margin=None, eval_set=None, verbose=True, xgb_model=None,
            sample_weight_eval_set=None, base_margin_eval_set=None, feature_weights=None):
        for name, value in (("sample_weight", sample_weight), ("base_margin", base_margin), ("xgb_model", xgb_model),
                            ("sample_weight_eval_set", sample_weight_eval_set),
                            ("base_margin_eval_set", base_margin_eval_set), ("feature_weights", feature_weights)):
            if value is not None:
                raise NotImplementedError("Pipebook's xgboost does not support the argument %s= of fit" % name)
        return self._fit(X, y, eval_set, verbose, self._xgb_params())

    def predict(self, X, output_margin=False, validate_features=True, base_margin=None, iteration_range=None):
        if base_margin is not None or iteration_range is not None:
            raise NotImplementedError("Pipebook's xgboost does not support base_margin= or iteration_range= of predict")
        return self._raw_predict(X, output_margin)

    def score(self, X, y):
        from sklearn.metrics import r2_score
        return r2_score(y, self.predict(X))


class XGBClassifier(XGBModel):
    _default_objective = "binary:logistic"

    def fit(self, X, y, *, sample_weight=None, base_margin=None, eval_set=None, verbose=True, xgb_model=None,
            sample_weight_eval_set=None, base_margin_eval_set=None, feature_weights=None):
        for name, value in (("sample_weight", sample_weight), ("base_margin", base_margin), ("xgb_model", xgb_model),
                            ("sample_weight_eval_set", sample_weight_eval_set),
                            ("base_margin_eval_set", base_margin_eval_set), ("feature_weights", feature_weights)):
            if value is not None:
                raise NotImplementedError("Pipebook's xgboost does not support the argument %s= of fit" % name)
        labels = y.to_numpy() if hasattr(y, "to_numpy") else np.asarray(y)
        classes = np.unique(labels)
        expected = np.arange(len(classes))
        if len(classes) < 2 or not np.array_equal(classes, expected):
            raise ValueError("Invalid classes inferred from unique values of `y`.  Expected: %s, got %s"
                             % (expected, classes))
        self.classes_ = classes
        self.n_classes_ = len(classes)
        params = self._xgb_params()
        if self.n_classes_ > 2:
            if params.get("objective") == "binary:logistic":
                params["objective"] = "multi:softprob"
            params["num_class"] = self.n_classes_
        return self._fit(X, labels, eval_set, verbose, params)

    def predict_proba(self, X, validate_features=True, base_margin=None, iteration_range=None):
        if base_margin is not None or iteration_range is not None:
            raise NotImplementedError("Pipebook's xgboost does not support base_margin= or iteration_range= of predict_proba")
        p = self._raw_predict(X)
        if p.ndim == 1:
            # xgboost's 1 - p is a float32 subtraction. Its result lies in [0.5, 1] unless it is
            # exact, and float32s there are the multiples of 2**-24: rounding to them, half to
            # even, is float32's rounding.
            return np.column_stack([np.round((1 - p) * 2**24) / 2**24, p])
        return p

    def predict(self, X, output_margin=False, validate_features=True, base_margin=None, iteration_range=None):
        if base_margin is not None or iteration_range is not None:
            raise NotImplementedError("Pipebook's xgboost does not support base_margin= or iteration_range= of predict")
        if output_margin:
            return self._raw_predict(X, True)
        p = self._raw_predict(X)
        if p.ndim == 2:
            return np.argmax(p, axis=1)
        return (p > 0.5).astype(np.int64)

    def score(self, X, y):
        from sklearn.metrics import accuracy_score
        return accuracy_score(y, self.predict(X))


def _restore_model(class_name, params, booster, n_classes):
    cls = XGBRegressor if class_name == "XGBRegressor" else XGBClassifier
    model = cls(**params)
    model._Booster = booster
    if n_classes is not None:
        model.n_classes_ = n_classes
        model.classes_ = np.arange(n_classes)
    return model
