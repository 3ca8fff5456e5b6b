"""All four handlers: rows parsed by hand (one record is still a row), predictions rounded."""
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
    print("model_fn loaded", len(saved["coef"]), "coefficients")
    return model


def input_fn(request_body, content_type):
    assert content_type == "text/csv", content_type
    return np.array([[float(x) for x in line.split(",")] for line in request_body.strip().split("\n")])


def predict_fn(input_data, model):
    return model.predict(input_data)


def output_fn(prediction, accept):
    return "".join("%.4f\n" % p for p in prediction), accept
