"""model_fn only: the scikit-learn image's defaults decode text/csv, call model.predict and encode."""
import json
import os

import numpy as np
from sklearn.linear_model import LinearRegression


def model_fn(model_dir):
    with open(os.path.join(model_dir, "model.json")) as f:
        saved = json.load(f)
    model = LinearRegression()
    model.coef_ = np.array(saved["coef"])
    model.intercept_ = saved["intercept"]
    return model
