"""Writes expected-<case>.json and xgboost-model-<case>.json for XGBoostTests with the real
xgboost package: its predictions with the model Pipebook wrote (pipebook-model-<case>.json),
and a model it trains itself with the same hyperparameters, with its predictions and test error.
Run through generate.sh, which first has the tests write Pipebook's models."""
import json
import os

import numpy as np
import xgboost as xgb

here = os.path.dirname(os.path.abspath(__file__))

CASES = [
    ("regression", "regression", {"objective": "reg:linear", "num_round": "20", "max_depth": "4", "eta": "0.3", "gamma": "1",
                                  "min_child_weight": "2", "lambda": "1.5", "alpha": "0.1", "seed": "7"}),
    ("regression-sampled", "regression", {"objective": "reg:squarederror", "num_round": "30", "max_depth": "5", "eta": "0.2",
                                          "subsample": "0.7", "colsample_bytree": "0.8", "seed": "3"}),
    ("binary", "binary", {"objective": "binary:logistic", "num_round": "15", "max_depth": "3", "eta": "0.3"}),
    ("multiclass", "multiclass", {"objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3"}),
]


def load(name):
    data = np.loadtxt(os.path.join(here, name), delimiter=",", dtype=np.float32)
    return data[:, 1:], data[:, 0]


for name, data, hps in CASES:
    train_x, train_y = load(f"train-{data}.csv")
    test_x, test_y = load(f"test-{data}.csv")
    dtest = xgb.DMatrix(test_x, label=test_y)
    ours = xgb.Booster(model_file=os.path.join(here, f"pipebook-model-{name}.json"))
    params = {k: (v if k == "objective" else float(v)) for k, v in hps.items() if k != "num_round"}
    if params["objective"] == "reg:linear":
        params["objective"] = "reg:squarederror"
    for k in ("max_depth", "seed", "num_class"):
        if k in params:
            params[k] = int(params[k])
    params["tree_method"] = "exact"
    theirs = xgb.train(params, xgb.DMatrix(train_x, label=train_y), int(hps["num_round"]))
    theirs.save_model(os.path.join(here, f"xgboost-model-{name}.json"))
    predictions = theirs.predict(dtest)
    expected = {
        "xgboost_version": xgb.__version__,
        "xgboost_predictions_of_pipebook_model": ours.predict(dtest).ravel().tolist(),
        "xgboost_predictions_of_xgboost_model": predictions.ravel().tolist(),
    }
    if data == "regression":
        expected["xgboost_test_rmse"] = float(np.sqrt(np.mean((predictions - test_y) ** 2)))
    elif data == "binary":
        p = np.clip(predictions, 1e-16, 1 - 1e-16)
        expected["xgboost_test_logloss"] = float(-np.mean(test_y * np.log(p) + (1 - test_y) * np.log(1 - p)))
    else:
        p = np.clip(predictions[np.arange(len(test_y)), test_y.astype(int)], 1e-16, 1 - 1e-16)
        expected["xgboost_test_mlogloss"] = float(-np.mean(np.log(p)))
    with open(os.path.join(here, f"expected-{name}.json"), "w") as f:
        json.dump(expected, f, indent=1)
    print(name, {k: v for k, v in expected.items() if k.startswith("xgboost_test") or k == "xgboost_version"})
