"""Writes expected/*.out: what the SageMaker scikit-learn 1.2-1 image's model server answers for
test.csv, with the image's own libraries (numpy 1.24.1, scikit-learn 1.2.1) and the encoders
of its serving toolkit (sagemaker-containers 2.8.6.post2, imported, not copied). The image's
default handlers are those of sagemaker_sklearn_container/serving.py; batch transform's requests
are test.csv's lines, one per request (SingleRecord) or all in one (MultiRecord, under 6 MB),
joined by newlines, each response ending with one (AssembleWith Line).

    python3 -m venv venv && venv/bin/pip install numpy==1.24.1 scikit-learn==1.2.1 sagemaker-containers==2.8.6.post2
    PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python venv/bin/python generate.py
"""
import csv
import importlib.util
import json
import os
import tempfile

import numpy as np
from sagemaker_containers import _content_types, _encoders
from sklearn.linear_model import LinearRegression

HERE = os.path.dirname(os.path.abspath(__file__))


def sklearn_default_input_fn(input_data, content_type):
    np_array = _encoders.decode(input_data, content_type)
    return np_array.astype(np.float32) if content_type in _content_types.UTF8_TYPES else np_array


def load(folder):
    spec = importlib.util.spec_from_file_location("inference_" + folder, os.path.join(HERE, folder, "inference.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(module, bodies):
    """The toolkit's Transformer: model_fn once, then input_fn, predict_fn, output_fn per request."""
    with tempfile.TemporaryDirectory() as model_dir:
        with open(os.path.join(model_dir, "model.json"), "w") as f:
            json.dump(saved, f)
        model = module.model_fn(model_dir)
    input_fn = getattr(module, "input_fn", sklearn_default_input_fn)
    predict_fn = getattr(module, "predict_fn", lambda data, m: m.predict(data))
    output_fn = getattr(module, "output_fn", lambda prediction, accept: _encoders.encode(prediction, accept))
    out = ""
    for body in bodies:
        result = output_fn(predict_fn(input_fn(body, "text/csv"), model), "text/csv")
        response = result[0] if isinstance(result, tuple) else result
        out += response if response.endswith("\n") else response + "\n"
    return out


# train.py's model, fitted by scikit-learn itself.
with open(os.path.join(HERE, "train.csv")) as f:
    data = np.array([[float(x) for x in row] for row in csv.reader(f)])
fitted = LinearRegression().fit(data[:, 1:], data[:, 0])
saved = {"coef": [round(c * 1024) / 1024 for c in fitted.coef_.tolist()], "intercept": round(float(fitted.intercept_) * 1024) / 1024}

with open(os.path.join(HERE, "test.csv")) as f:
    lines = [line for line in f.read().split("\n") if line]
for name, folder, bodies in [("defaults-multi", "defaults", ["\n".join(lines)]),
                             ("custom-single", "custom", lines),
                             ("custom-multi", "custom", ["\n".join(lines)])]:
    with open(os.path.join(HERE, "expected", name + ".out"), "w") as f:
        f.write(serve(load(folder), bodies))
try:
    serve(load("defaults"), lines[:1])
except ValueError as error:
    print("defaults with SingleRecord:", str(error).splitlines()[0])
