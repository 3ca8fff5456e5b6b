"""The reference: the xgboost package trains on the same CSVs with the same hyperparameters.
Prints the validation RMSE and the CPU seconds xgb.train took (one thread; best of 3), with
the tree method given: `exact` is what SageMaker's XGBoost 1.7 container uses for data this
size (tree_method "auto"); `hist` is the xgboost package's default since 2.0.

    python3 xgboost_reference.py DATA_FOLDER [exact|hist]"""
import os
import sys
import time

import numpy as np
import xgboost as xgb

from hyperparameters import HYPERPARAMETERS

folder = sys.argv[1]
train = np.loadtxt(os.path.join(folder, "train.csv"), delimiter=",")
validation = np.loadtxt(os.path.join(folder, "validation.csv"), delimiter=",")
dtrain = xgb.DMatrix(train[:, 1:], label=train[:, 0])
dvalid = xgb.DMatrix(validation[:, 1:], label=validation[:, 0])
params = {k: v for k, v in HYPERPARAMETERS.items() if k != "num_round"}
# One thread, as Pipebook's trainer uses: OpenMP's waiting threads would otherwise add CPU time.
params["nthread"] = 1
params["tree_method"] = sys.argv[2] if len(sys.argv) > 2 else "exact"
seconds = None
for _ in range(3):
    start = time.process_time()
    booster = xgb.train(params, dtrain, HYPERPARAMETERS["num_round"])
    elapsed = time.process_time() - start
    seconds = elapsed if seconds is None else min(seconds, elapsed)
rmse = float(np.sqrt(np.mean((booster.predict(dvalid) - validation[:, 0]) ** 2)))
print(f"rmse {rmse:.4f}")
print(f"train_seconds {seconds:.3f}")
