"""A predict_fn that raises on the records it is given."""
import json
import os


def model_fn(model_dir):
    with open(os.path.join(model_dir, "model.json")) as f:
        return json.load(f)


def predict_fn(input_data, model):
    return check(input_data)


def check(input_data):
    raise ValueError("rings cannot be predicted for %d rows" % len(input_data))
