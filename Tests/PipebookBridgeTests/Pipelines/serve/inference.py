"""Inference handlers the model servers call (packed into model.tar.gz under code/)."""
import json
import os


def model_fn(model_dir):
    return os.path.join(model_dir, "xgboost-model")


def input_fn(body, content_type):
    return [float(x) for x in body.split(",")]


def predict_fn(data, model):
    return sum(data)


def output_fn(prediction, accept):
    return json.dumps(prediction)
