"""xgboost.train over the engine's trainer."""

import _xgboost
from xgboost.core import Booster, DMatrix

# xgboost's parameter names -> the built-in algorithm's hyperparameters (XGBoostParameters).
_ALIASES = {"learning_rate": "eta", "min_split_loss": "gamma", "reg_lambda": "lambda", "reg_alpha": "alpha",
            "random_state": "seed"}
_PARAMETERS = {"objective", "eta", "max_depth", "gamma", "min_child_weight", "subsample", "colsample_bytree", "lambda",
               "alpha", "seed", "num_class", "eval_metric", "booster", "tree_method", "max_bin"}
# Accepted and without effect on the result.
_IGNORED = {"verbosity", "nthread", "n_jobs", "silent", "validate_parameters", "seed_per_iteration"}


def _hyperparameters(params):
    items = list(params.items()) if isinstance(params, dict) else list(params or [])
    out = {}
    metrics = []
    for name, value in items:
        name = _ALIASES.get(name, name)
        if name in _IGNORED or value is None:
            continue
        if name == "tree_method":
            if value not in ("exact", "hist", "auto"):
                raise NotImplementedError("Pipebook's xgboost grows trees by the hist or the exact method: "
                                          "tree_method=%r is not supported (use 'hist', the default, or 'exact')"
                                          % (value,))
        if name == "eval_metric":
            metrics += [value] if isinstance(value, str) else list(value)
            continue
        if name not in _PARAMETERS:
            raise NotImplementedError("Pipebook's xgboost does not support the parameter %s" % name)
        out[name] = value if isinstance(value, str) else repr(value)
    if metrics:
        out["eval_metric"] = ",".join(metrics)
    return out


def train(params, dtrain, num_boost_round=10, *, evals=None, obj=None, maximize=None, early_stopping_rounds=None,
          evals_result=None, verbose_eval=True, xgb_model=None, callbacks=None, custom_metric=None):
    for name, value in (("obj", obj), ("maximize", maximize), ("xgb_model", xgb_model), ("callbacks", callbacks),
                        ("custom_metric", custom_metric)):
        if value is not None:
            raise NotImplementedError("Pipebook's xgboost does not support the argument %s= of train" % name)
    if not isinstance(dtrain, DMatrix) or dtrain._label is None:
        raise ValueError("dtrain must be a DMatrix with a label")
    hyperparameters = _hyperparameters(params)
    hyperparameters["num_round"] = str(int(num_boost_round))
    evals = list(evals or [])
    if early_stopping_rounds is not None:
        if not evals:
            raise ValueError("Must have at least 1 validation dataset for early stopping.")
        hyperparameters["early_stopping_rounds"] = str(int(early_stopping_rounds))
    sets = []
    for d, name in evals:
        if d._label is None:
            raise ValueError("The evaluation data %s has no label" % name)
        sets.append((name, d._data._b, d._label._b))

    period = 0 if verbose_eval is False or verbose_eval is None else (1 if verbose_eval is True else int(verbose_eval))
    lines = []

    def log(line):
        # The trainer's "Stopping. Best iteration" lines are not xgboost's; keep the rounds only.
        if line.startswith("[%d]" % len(lines)):
            lines.append(line)
            round = len(lines) - 1
            if period and round % period == 0:
                print(line)

    model, history, best = _xgboost.train(hyperparameters, dtrain._data._b, dtrain._label._b, sets,
                                          log if evals else None)
    if period and lines and (len(lines) - 1) % period != 0:
        print(lines[-1])
    booster = Booster()
    booster._model = model
    booster.feature_names = dtrain.feature_names
    if evals_result is not None:
        evals_result.clear()
        for name, metric, values in history:
            evals_result.setdefault(name, {})[metric] = list(values)
    if early_stopping_rounds is not None and history:
        booster.set_attr(best_iteration=best, best_score=history[-1][2][best])
    return booster
