"""The reference: the xgboost package trains on the same CSVs with the same hyperparameters.
Prints the validation RMSE and the CPU seconds xgb.train took.

    python3 xgboost_reference.py DATA_FOLDER"""
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
start = time.process_time()
booster = xgb.train(params, dtrain, HYPERPARAMETERS["num_round"])
seconds = time.process_time() - start
rmse = float(np.sqrt(np.mean((booster.predict(dvalid) - validation[:, 0]) ** 2)))
print(f"rmse {rmse:.4f}")
print(f"train_seconds {seconds:.3f}")
