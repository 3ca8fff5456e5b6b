"""Script-mode training for the transform tests: a LinearRegression on the train channel (label
first, no header), saved as JSON (Pipebook's pickle does not hold scikit-learn models). The
coefficients are rounded to multiples of 2**-10: the fit's last bits do not matter, and every
product and sum of a prediction over float32 inputs is exact in float64, so the predictions do not
hang on the order in which BLAS adds (numpy's matrix product) or Pipebook does."""
import csv
import json
import os

import numpy as np
from sklearn.linear_model import LinearRegression

with open(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "train.csv")) as f:
    data = np.array([[float(x) for x in row] for row in csv.reader(f)])
model = LinearRegression().fit(data[:, 1:], data[:, 0])
with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w") as f:
    json.dump({"coef": [round(c * 1024) / 1024 for c in model.coef_.tolist()], "intercept": round(float(model.intercept_) * 1024) / 1024}, f)
print("trained on", data.shape[0], "rows")
