"""Writes expected-<case>.json and xgboost-model-<case>.json for XGBoostTests with the real
xgboost package: its predictions with the model Pipebook wrote (pipebook-model-<case>.json),
and a model it trains itself with the same hyperparameters, with its predictions and test error.
Run through generate.sh, which first has the tests write Pipebook's models.

The hist cases (HIST_CASES, tree_method "hist") need no Pipebook model: xgboost writes its
model (xgboost-model-<case>.json, whose trees the tests compare with Pipebook's node by node),
expected-<case>.json with its predictions on the test data, and the histogram cuts it trained
with (DMatrix.get_quantile_cut: per feature the minimum bound, then the cuts)."""
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
    ("multiclass-sampled", "multiclass", {"objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3",
                                          "subsample": "0.5", "colsample_bytree": "0.5", "seed": "11"}),
    # The abalone tutorial's hyperparameters: gamma 4 prunes splits after the tree has grown.
    ("abalone-tutorial", "abalone", {"objective": "reg:linear", "num_round": "50", "max_depth": "5", "eta": "0.2",
                                     "gamma": "4", "min_child_weight": "6", "subsample": "0.7", "seed": "1"}),
]


HIST_CASES = [
    ("hist-regression", "regression", {"objective": "reg:squarederror", "num_round": "20", "max_depth": "4", "eta": "0.3",
                                       "gamma": "1", "min_child_weight": "2", "lambda": "1.5", "alpha": "0.1"}),
    ("hist-binary", "binary", {"objective": "binary:logistic", "num_round": "15", "max_depth": "3", "eta": "0.3"}),
    ("hist-multiclass", "multiclass", {"objective": "multi:softprob", "num_class": "4", "num_round": "10", "max_depth": "3"}),
    ("hist-abalone", "abalone", {"objective": "reg:squarederror", "num_round": "50", "max_depth": "5", "eta": "0.2",
                                 "gamma": "4", "min_child_weight": "6"}),
    ("hist-missing", "missing", {"objective": "reg:squarederror", "num_round": "10", "max_depth": "4"}),
    ("hist-max-bin", "regression", {"objective": "reg:squarederror", "num_round": "10", "max_depth": "4", "max_bin": "16"}),
    ("hist-abalone-whole", "abalone-whole", {"objective": "reg:squarederror", "num_round": "10", "max_depth": "4"}),
    ("hist-unlimited-depth", "regression", {"objective": "reg:squarederror", "num_round": "2", "max_depth": "0"}),
    ("hist-sampled", "regression", {"objective": "reg:squarederror", "num_round": "30", "max_depth": "5", "eta": "0.2",
                                    "subsample": "0.7", "colsample_bytree": "0.8", "seed": "3"}),
    ("hist-multiclass-sampled", "multiclass", {"objective": "multi:softprob", "num_class": "4", "num_round": "10",
                                               "max_depth": "3", "subsample": "0.5", "colsample_bytree": "0.5", "seed": "11"}),
]


def load(name):
    # Blank fields are missing values (NaN), as the built-in algorithm reads CSV.
    with open(os.path.join(here, name)) as f:
        rows = [[float(x) if x else np.nan for x in line.strip().split(",")] for line in f if line.strip()]
    data = np.array(rows, dtype=np.float32)
    return data[:, 1:], data[:, 0]


def load_training(data):
    # "abalone-whole": train-abalone.csv then test-abalone.csv, 4,176 rows, more than the 4,098
    # value changes xgboost's sketch queues at max_bin 256, so its summaries merge level by level.
    if data == "abalone-whole":
        parts = [load("train-abalone.csv"), load("test-abalone.csv")]
        return np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts])
    return load(f"train-{data}.csv")


def xgboost_params(hps, tree_method):
    params = {k: (v if k == "objective" else float(v)) for k, v in hps.items() if k != "num_round"}
    if params["objective"] == "reg:linear":
        params["objective"] = "reg:squarederror"
    for k in ("max_depth", "seed", "num_class", "max_bin"):
        if k in params:
            params[k] = int(params[k])
    params["tree_method"] = tree_method
    return params


for name, data, hps in CASES:
    train_x, train_y = load(f"train-{data}.csv")
    test_x, test_y = load(f"test-{data}.csv")
    dtest = xgb.DMatrix(test_x, label=test_y)
    ours = xgb.Booster(model_file=os.path.join(here, f"pipebook-model-{name}.json"))
    params = xgboost_params(hps, "exact")
    theirs = xgb.train(params, xgb.DMatrix(train_x, label=train_y), int(hps["num_round"]))
    theirs.save_model(os.path.join(here, f"xgboost-model-{name}.json"))
    predictions = theirs.predict(dtest)
    expected = {
        "xgboost_version": xgb.__version__,
        "xgboost_predictions_of_pipebook_model": ours.predict(dtest).ravel().tolist(),
        "xgboost_predictions_of_xgboost_model": predictions.ravel().tolist(),
    }
    if data in ("regression", "abalone"):
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

test_data = {"regression": "regression", "binary": "binary", "multiclass": "multiclass", "abalone": "abalone",
             "missing": "regression", "abalone-whole": "abalone"}
for name, data, hps in HIST_CASES:
    train_x, train_y = load_training(data)
    test_x, test_y = load(f"test-{test_data[data]}.csv")
    dtrain = xgb.DMatrix(train_x, label=train_y)
    theirs = xgb.train(xgboost_params(hps, "hist"), dtrain, int(hps["num_round"]))
    theirs.save_model(os.path.join(here, f"xgboost-model-{name}.json"))
    pointers, cuts = dtrain.get_quantile_cut()
    expected = {
        "xgboost_version": xgb.__version__,
        "cut_pointers": pointers.tolist(),
        "cut_values": cuts.tolist(),
        "xgboost_predictions_of_xgboost_model": theirs.predict(xgb.DMatrix(test_x)).ravel().tolist(),
    }
    with open(os.path.join(here, f"expected-{name}.json"), "w") as f:
        json.dump(expected, f, indent=1)
    print(name, len(cuts), "cuts")
